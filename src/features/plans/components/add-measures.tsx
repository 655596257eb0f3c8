import { Alert, Link, Paragraph, Select } from '@digdir/designsystemet-react';
import { useMemo, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Area } from '@/domain/area';
import { instrumentSchema } from '@/domain/measure';
import type { Plan } from '@/domain/plan';
import { combineQueries } from '@/components/ui/query-like';
import { QueryState } from '@/components/ui/query-state';
import { Section } from '@/components/ui/section';
import { isApiError } from '@/lib/api-client';
import { useAreas } from '@/lib/catalog/get-areas';
import { useMeasureScope } from '@/lib/measures/get-measure-scope';
import { measureScope } from '@/lib/measures/measure-keys';
import { useLanguage } from '@/lib/use-localized';
import { useAddPlanMeasures } from '../api/add-plan-measures';
import { planConflictOf } from '../api/register-plan';
import { highestNumber, numberedAfter, toMeasureBatch, type AddMeasuresError } from '../utils/plan-edit';
import { EMPTY_PLAN_FORM, type PlanFormField, type PlanFormValues } from '../utils/plan-form';
import { MeasuresInput } from './measures-input';
import { SelectInput } from './plan-fields';
import { PreviewSection } from './preview-section';
import { PlanChangedMeanwhile, SaveError, SaveRejected } from './save-outcome';
import { useMeasuresInput } from './use-measures-input';

interface AddMeasuresProps {
  plan: Plan;
  /** The plan one version on, with its new measures. */
  onAdded: (plan: Plan) => void;
  reload: (fallback: Plan) => Promise<Plan>;
}

/**
 * «Legg til tiltak»: the paste or file and the preview of /planer/ny, numbered after the plan's measures, saved with
 * one POST /api/plans/:id/measures on top of the plan's version. Needs the areas (a heading names one) and the
 * plan's measures (the numbers go on from the highest).
 */
export function AddMeasures(props: AddMeasuresProps) {
  const { t } = useTranslation('plans');
  const data = combineQueries([useAreas(), useMeasureScope(measureScope(props.plan.id))]);
  return (
    <QueryState query={data} loadingLabel={t('addMeasures.loading')}>
      {([areas, set]) => <AddMeasuresForm {...props} areas={areas} highest={highestNumber(set.items)} />}
    </QueryState>
  );
}

interface Added {
  count: number;
  from: number;
  to: number;
}

function AddMeasuresForm({ plan, onAdded, reload, areas, highest }: AddMeasuresProps & { areas: readonly Area[]; highest: number }) {
  const { t } = useTranslation('plans');
  const language = useLanguage();
  const add = useAddPlanMeasures(plan.id);
  const list = useMeasuresInput(areas);
  const [choice, setChoice] = useState<PlanFormValues>(EMPTY_PLAN_FORM);
  const [sourceIndex, setSourceIndex] = useState(0);
  const [errors, setErrors] = useState<AddMeasuresError[]>([]);
  // Each failed attempt mounts a new summary, which moves focus to itself.
  const [attempt, setAttempt] = useState(0);
  const [added, setAdded] = useState<Added | null>(null);
  const saving = useRef(false);

  const raw = list.preview;
  const preview = useMemo(() => (raw === null ? null : numberedAfter(raw, highest)), [raw, highest]);
  const rows = preview?.rows ?? [];
  // The preview's «Ansvarlig» starts as the plan's ministry.
  const values: PlanFormValues = { ...choice, ministry: plan.ministry.nb };
  const conflict = planConflictOf(add.error);
  const reloaded = (next: Plan) => {
    onAdded(next);
    add.reset();
  };

  const set = (field: PlanFormField) => (value: string) =>
    setChoice((current) => {
      if (field === 'instrument') {
        const parsed = instrumentSchema.safeParse(value);
        return { ...current, instrument: parsed.success ? parsed.data : '' };
      }
      return field === 'responsible' ? { ...current, responsible: value } : current;
    });
  const errorOf = (field: PlanFormField) => errors.find((error) => error.field === field);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (saving.current || add.isPending || rows.length === 0) return;
    const result = toMeasureBatch(
      rows,
      { instrument: choice.instrument, responsible: choice.responsible, ministry: plan.ministry, source: plan.sources[sourceIndex] ?? plan.sources[0] },
      { reason: t('addMeasures.reason'), language },
    );
    if (!result.ok) {
      setErrors(result.errors);
      setAttempt((count) => count + 1);
      return;
    }
    setErrors([]);
    setAdded(null);
    saving.current = true;
    add.mutate(
      { batch: result.batch, version: plan.version },
      {
        onSettled: () => {
          saving.current = false;
        },
        onSuccess: ({ plan: next, measures }) => {
          const numbers = measures.map((measure) => measure.number);
          setAdded({ count: measures.length, from: Math.min(...numbers), to: Math.max(...numbers) });
          // Saved: the list is gone from the form, so that it cannot be added twice.
          list.clear();
          onAdded(next);
        },
      },
    );
  };


  const areaNames = areas.map((area) => area.name[language] ?? area.name.nb).join(', ');
  const listPath = `/tiltak?plan=${encodeURIComponent(plan.id)}`;

  return (
    <form className="plan-import" onSubmit={submit} noValidate aria-label={t('addMeasures.title')}>
      <Section title={t('addMeasures.title')} className="page-section plan-import__section">
        <Paragraph>{t('addMeasures.intro', { reference: plan.reference, next: highest + 1 })}</Paragraph>
        {plan.sources.length > 1 && (
          <SelectInput field="batch-source" label={t('addMeasures.source')} description={t('addMeasures.sourceHint')} value={String(sourceIndex)} onChange={(value) => setSourceIndex(Number(value))} error={undefined}>
            {plan.sources.map((source, index) => (
              <Select.Option key={`${index}-${source.title}`} value={String(index)}>
                {source.title}
              </Select.Option>
            ))}
          </SelectInput>
        )}
        <div aria-live="polite">
          {added !== null && (
            <Alert data-color="success">
              <Paragraph>{t('addMeasures.saved', { count: added.count, reference: plan.reference, from: added.from, to: added.to })}</Paragraph>
              <Paragraph>
                <Link asChild>
                  <RouterLink to={listPath}>{t('edit.measuresLink', { reference: plan.reference })}</RouterLink>
                </Link>
              </Paragraph>
            </Alert>
          )}
        </div>
      </Section>
      <MeasuresInput
        {...list.input}
        areaNames={areaNames}
        error={errors.find((error) => error.field === 'measures')}
      />
      {preview !== null && (
        <PreviewSection
          intro={t('addMeasures.previewIntro', { next: highest + 1 })}
          preview={preview}
          areas={areas}
          values={values}
          set={set}
          errorOf={errorOf}
          errors={errors}
          attempt={attempt}
          pending={add.isPending}
          saveLabel={add.isPending ? t('addMeasures.saving', { count: rows.length }) : t('addMeasures.button', { count: rows.length })}
          outcome={
            <>
              {conflict !== null && <PlanChangedMeanwhile conflict={conflict} reload={reload} onReloaded={reloaded} />}
              {add.isError && conflict === null && <AddError error={add.error} rows={rows} />}
            </>
          }
        />
      )}
    </form>
  );
}

/** A 400 names the measures by their place in the batch (`body.items.3.areaId`); anything else as on /planer/ny. */
function AddError({ error, rows }: { error: unknown; rows: ReturnType<typeof numberedAfter>['rows'] }) {
  const { t } = useTranslation('plans');
  if (!isApiError(error) || error.status !== 400) return <SaveError error={error} rows={rows} />;
  const codes = new Set(['unknown_area', 'duplicate_number', 'number_taken']);
  return (
    <SaveRejected title={t('save.rejectedTitle')}>
      {(error.problem?.errors ?? []).map((item, index) => {
        const at = /^body\.items\.(\d+)\b/u.exec(item.field);
        const number = at ? rows[Number(at[1])]?.number : undefined;
        return number === undefined ? (
          <li key={index} lang="en">
            {t('save.other', { message: item.message })}
          </li>
        ) : (
          <li key={index}>{t('save.row', { number, reason: t(`save.rowCode.${codes.has(item.code) ? (item.code as 'unknown_area') : 'rejected'}`) })}</li>
        );
      })}
      {(error.problem?.errors ?? []).length === 0 && <li lang="en">{t('save.other', { message: error.problem?.detail ?? error.message })}</li>}
    </SaveRejected>
  );
}
