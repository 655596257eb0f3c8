import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Plan } from '@/domain/plan';
import { isApiError } from '@/lib/api-client';
import { today } from '@/lib/clock';
import { planQueryOptions } from '../api/get-plan';
import { planConflictOf } from '../api/register-plan';
import { useUpdatePlan } from '../api/update-plan';
import {
  editFieldOfPath,
  PLAN_EDIT_KEYS,
  planEditValues,
  rebaseValues,
  toPlanPatch,
  type PlanEditError,
  type PlanEditField,
  type PlanEditKey,
  type PlanEditValues,
  type SourceValues,
} from '../utils/plan-edit';
import { fieldId, kindOf } from './plan-fields';
import { FormErrorSummary, SaveButton, SaveFailed, SaveRefused, SaveRejected } from './save-outcome';
import { PlanEditFields } from './plan-edit-fields';
import { AddMeasures } from './add-measures';
import { AddOneMeasure } from './add-one-measure';
import './plans.css';

/**
 * The edit page of a plan (admins): its fields, saved with one PATCH of what changed on top of the version loaded,
 * and measures added from the plan's text. `base` is the plan as the server last said it is; the admin's typing is
 * kept through a refusal, a conflict and the version that adding measures moves on.
 */
export function PlanEdit({ plan }: { plan: Plan }) {
  const { t } = useTranslation('plans');
  const queryClient = useQueryClient();
  // The plan and the form move together, so that a rebase always starts from the version the form was made from.
  const [{ base, values }, setForm] = useState(() => ({ base: plan, values: planEditValues(plan) }));
  const setValues = (change: (current: PlanEditValues) => PlanEditValues) => setForm((form) => ({ ...form, values: change(form.values) }));

  /**
   * The plan has moved on (saved, measures added, someone else's change): what the admin changed and has not saved
   * stays on top of it, everything else is the plan as the server keeps it.
   */
  const moveTo = (next: Plan) => setForm((form) => ({ base: next, values: rebaseValues(form.values, form.base, next) }));
  /** The plan as stored now (after a conflict), or the conflict's copy of it when it cannot be read. */
  const reload = async (fallback: Plan): Promise<Plan> => {
    try {
      return await queryClient.query({ ...planQueryOptions(plan.id), staleTime: 0 });
    } catch {
      return fallback;
    }
  };

  return (
    <div className="plan-import">
      <Paragraph>
        {t('edit.summary', { reference: base.reference, version: base.version })}{' '}
        <Link asChild>
          <RouterLink to={`/tiltak?plan=${encodeURIComponent(base.id)}`}>{t('edit.measuresLink', { reference: base.reference })}</RouterLink>
        </Link>
      </Paragraph>
      <EditForm base={base} values={values} setValues={setValues} onSaved={moveTo} onRebase={moveTo} reload={reload} />
      <AddMeasures plan={base} onAdded={moveTo} reload={reload} />
      <AddOneMeasure plan={base} onAdded={moveTo} reload={reload} />
    </div>
  );
}

interface EditFormProps {
  base: Plan;
  values: PlanEditValues;
  setValues: (change: (values: PlanEditValues) => PlanEditValues) => void;
  onSaved: (plan: Plan) => void;
  onRebase: (plan: Plan) => void;
  reload: (fallback: Plan) => Promise<Plan>;
}

function EditForm({ base, values, setValues, onSaved, onRebase, reload }: EditFormProps) {
  const { t } = useTranslation('plans');
  const update = useUpdatePlan(base.id);
  const [errors, setErrors] = useState<PlanEditError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState('');
  const [applying, setApplying] = useState(false);
  const saving = useRef(false);

  const set = (key: Exclude<PlanEditKey, 'sources'>) => (value: string) =>
    setValues((current) => (key === 'kind' ? { ...current, kind: kindOf(value) } : { ...current, [key]: value }));
  const setSources = (change: (sources: SourceValues[]) => SourceValues[]) => setValues((current) => ({ ...current, sources: change(current.sources) }));
  const errorOf = (field: PlanEditField) => errors.find((error) => error.field === field);
  const conflict = planConflictOf(update.error);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (saving.current || update.isPending) return;
    const result = toPlanPatch(values, base, today());
    if (!result.ok) {
      setErrors(result.errors);
      setAttempt((count) => count + 1);
      setStatus('');
      return;
    }
    setErrors([]);
    if (result.patch === null) {
      update.reset();
      setStatus(t('edit.noChanges'));
      return;
    }
    setStatus('');
    saving.current = true;
    update.mutate(
      { patch: result.patch, version: base.version },
      {
        onSettled: () => {
          saving.current = false;
        },
        onSuccess: (saved) => {
          onSaved(saved);
          setStatus(t('edit.saved', { reference: saved.reference, version: saved.version }));
        },
      },
    );
  };

  const apply = async () => {
    if (conflict === null) return;
    setApplying(true);
    const current = await reload(conflict.current);
    onRebase(current);
    update.reset();
    setApplying(false);
    setStatus(t('edit.conflict.applied', { version: current.version }));
  };

  return (
    <form className="plan-import" onSubmit={submit} noValidate aria-label={t('edit.formLabel', { reference: base.reference })}>
      <PlanEditFields id={base.id} values={values} set={set} setSources={setSources} errorOf={errorOf} />
      {errors.length > 0 && <EditErrorSummary key={attempt} errors={errors} />}
      {conflict !== null && <ConflictNotice base={base} current={conflict.current} applying={applying} onApply={() => void apply()} />}
      {update.isError && conflict === null && <EditSaveError error={update.error} />}
      <div className="plan-import__row">
        <SaveButton pending={update.isPending}>
          {update.isPending ? t('edit.saving') : t('edit.save')}
        </SaveButton>
        {/* Always there, so that what appears in it is read out. */}
        <div aria-live="polite" role="status">
          {status !== '' && <Paragraph>{status}</Paragraph>}
        </div>
      </div>
    </form>
  );
}

/** The field's name in the error summary and the conflict's list. */
function useFieldName() {
  const { t } = useTranslation('plans');
  return (field: PlanEditField): string => {
    const source = /^sources\.(\d+)\.(title|url)$/u.exec(field);
    if (source) return t(source[2] === 'title' ? 'edit.fieldNames.sourceTitle' : 'edit.fieldNames.sourceUrl', { number: Number(source[1]) + 1 });
    return t(`edit.fieldNames.${field as Exclude<PlanEditField, `sources.${number}.${string}`>}`);
  };
}

function EditErrorSummary({ errors }: { errors: readonly PlanEditError[] }) {
  const { t } = useTranslation('plans');
  const nameOf = useFieldName();
  return <FormErrorSummary errors={errors} heading={t('edit.errorSummary')} nameOf={nameOf} />;
}

/**
 * Someone else saved the plan after the admin loaded it: what they changed (their version's words), that nothing of
 * the admin's was saved and all of it is still in the form, and a way to put it on top of their version.
 */
function ConflictNotice({ base, current, applying, onApply }: { base: Plan; current: Plan; applying: boolean; onApply: () => void }) {
  const { t } = useTranslation('plans');
  const nameOf = useFieldName();
  const mine = planEditValues(base);
  const theirs = planEditValues(current);
  const changed = PLAN_EDIT_KEYS.filter((key) => JSON.stringify(mine[key]) !== JSON.stringify(theirs[key]));
  const shown = (key: PlanEditKey): string => {
    const value = theirs[key];
    if (Array.isArray(value)) return value.map((source) => (source.url === '' ? source.title : `${source.title} (${source.url})`)).join('; ');
    return value === '' ? t('edit.conflict.empty') : key === 'kind' ? t(`kind.${value as Plan['kind']}`) : value;
  };
  return (
    <Alert data-color="warning" role="alert">
      <Heading level={3} data-size="2xs">
        {t('edit.conflict.title')}
      </Heading>
      <Paragraph>{t('edit.conflict.body', { version: current.version, base: base.version })}</Paragraph>
      {changed.length === 0 ? (
        <Paragraph>{t('edit.conflict.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('edit.conflict.theirs', { version: current.version })}</Paragraph>
          <dl className="plan-edit__theirs">
            {changed.map((key) => (
              <div key={key}>
                <dt>{nameOf(key)}</dt>
                <dd lang={key.endsWith('Nn') ? 'nn' : key.endsWith('En') ? 'en' : undefined}>{shown(key)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <div className="plan-import__row">
        <Button variant="secondary" onClick={onApply} loading={applying} aria-disabled={applying || undefined}>
          {t('edit.conflict.apply', { version: current.version })}
        </Button>
      </div>
    </Alert>
  );
}

/** Why a save failed (not a conflict), and that nothing was saved while everything typed is still here. */
function EditSaveError({ error }: { error: unknown }) {
  const { t } = useTranslation('plans');
  const nameOf = useFieldName();
  if (isApiError(error) && (error.status === 401 || error.status === 403)) {
    return (
      <SaveRefused>
        <Paragraph>{t(error.status === 401 ? 'save.signIn' : 'edit.forbidden')}</Paragraph>
      </SaveRefused>
    );
  }
  if (isApiError(error) && error.status === 400) {
    const named = error.problem?.errors ?? [];
    return (
      <SaveRejected title={t('edit.rejectedTitle')}>
        {named.length === 0 && <li lang="en">{t('save.other', { message: error.problem?.detail ?? error.message })}</li>}
        {named.map((item, index) => {
          const field = editFieldOfPath(item.field);
          return (
            <li key={index}>
              <a href={`#${fieldId(field)}`}>{nameOf(field)}</a>: <span lang="en">{item.message}</span>
            </li>
          );
        })}
      </SaveRejected>
    );
  }
  return <SaveFailed error={error} />;
}
