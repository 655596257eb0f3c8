import { Alert, Button, ErrorSummary, Fieldset, Heading, Paragraph, Select } from '@digdir/designsystemet-react';
// ErrorSummary's web part (focus on appear) is not in the core shim: see src/lib/designsystemet-web.ts.
import '@digdir/designsystemet-web/ds-error-summary';
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEADLINE_KINDS } from '@/domain/deadline';
import type { Measure } from '@/domain/measure';
import { DEADLINE_STATED_MAX, NOTE_MAX, REASON_MAX, SOURCE_TITLE_MAX, statusOptions, type ChangeType, type MeasureChange } from '@/domain/measure-change';
import { planStart, type Plan } from '@/domain/plan';
import { ErrorPanel } from '@/components/ui/query-state';
import { isApiError } from '@/lib/api-client';
import { today } from '@/lib/clock';
import { useMeasureScope } from '@/lib/measures/get-measure-scope';
import { measureScope } from '@/lib/measures/measure-keys';
import { useLanguage, useLocalized } from '@/lib/use-localized';
import type { Session } from '@/stores/ui-store';
import { conflictOf, useChangeMeasure } from '../api/change-measure';
import { emptyForm, fieldsOf, formErrorsFromProblem, isDirty, toChange, type ChangeField, type ChangeFormValues, type FormError } from '../utils/change-form';
import { clearDraft, loadDraft, saveDraft } from '../utils/drafts';
import { fieldId, SelectInput, TextInput, useErrorText } from './change-fields';
import { ConflictView, describeDraft } from './conflict-view';

interface ChangeFormProps {
  type: ChangeType;
  measure: Measure;
  plan: Plan | undefined;
  session: Session;
  /** Open with the "discard your changes?" question showing (the user tried to leave). */
  askToDiscard?: boolean;
  onDirtyChange: (dirty: boolean) => void;
  onClose: (outcome: 'saved' | 'cancelled') => void;
}

/**
 * One edit form: what the user types is kept as a draft (sessionStorage) until it is saved or
 * discarded; it is checked with the same rules as the API before it is sent; a refusal is shown
 * where it belongs, and a conflict shows both sides.
 */
export function ChangeForm({ type, measure, plan, session, askToDiscard = false, onDirtyChange, onClose }: ChangeFormProps) {
  const { t } = useTranslation(['editing', 'common']);
  const language = useLanguage();
  const [initial] = useState(() => emptyForm(type, measure, today()));
  const [restored] = useState(() => loadDraft(measure.id, type, initial));
  const [values, setValues] = useState<ChangeFormValues>(restored?.values ?? initial);
  const [baseVersion, setBaseVersion] = useState(restored?.baseVersion ?? measure.version);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [confirmingCancel, setConfirmingCancel] = useState(askToDiscard);
  // Each failed attempt mounts a new summary, which moves focus to itself (designsystemet-web).
  const [attempt, setAttempt] = useState(0);
  const mutation = useChangeMeasure(measure.id);
  const dirty = isDirty(type, values, initial);
  const conflict = conflictOf(mutation.error);

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => {
    if (dirty) saveDraft(measure.id, type, { values, baseVersion });
  }, [dirty, values, baseVersion, measure.id, type]);

  const set = (field: ChangeField) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const errorOf = (field: ChangeField) => errors.find((error) => error.field === field);

  // A save under way: a second submit (Enter twice, a double click) is ignored until it has an answer, so
  // that the same change is never sent twice and the second one never comes back as someone else's conflict.
  // A ref, because the second event can come before React has rendered the first one's pending state.
  const saving = useRef(false);

  const send = (change: MeasureChange, version: number) => {
    saving.current = true;
    mutation.mutate(
      { change, baseVersion: version, authorName: `${session.user.name} (${session.user.organisation})` },
      {
        onSettled: () => {
          saving.current = false;
        },
        onSuccess: () => {
          clearDraft(measure.id, type);
          onDirtyChange(false);
          onClose('saved');
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 400 && error.problem?.errors) {
            setErrors(formErrorsFromProblem(type, error.problem.errors));
            setAttempt((count) => count + 1);
          }
        },
      },
    );
  };

  /** Checks the form against a state of the measure and sends it on top of that state's version. */
  const check = (against: Measure, version: number) => {
    if (saving.current || mutation.isPending) return;
    const result = toChange(type, values, language, against, {
      today: today(),
      planPublished: (plan && planStart(plan)) ?? '1900-01-01',
      // The list offers only real measures of the plan; the API checks the id again.
      measureExists: (id) => id.length > 0,
    });
    if (!result.ok) {
      setErrors(result.errors);
      setAttempt((count) => count + 1);
      return;
    }
    setErrors([]);
    send(result.change, version);
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    check(measure, baseVersion);
  };

  const discard = () => {
    clearDraft(measure.id, type);
    onDirtyChange(false);
    onClose('cancelled');
  };

  const fields = fieldsOf(type, values.to);
  const headingId = `edit-${type}-heading`;

  return (
    <form className="change-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t(`forms.${type}.title`)}
      </Heading>
      {restored && <Paragraph data-size="sm" role="status">{t('draftRestored')}</Paragraph>}
      {errors.length > 0 && <FormErrorSummary key={attempt} errors={errors} fields={fields} />}

      {type === 'status' && <StatusFields measure={measure} values={values} set={set} errorOf={errorOf} />}
      {type === 'deadline' && (
        <>
          <DeadlineFields values={values} set={set} errorOf={errorOf} />
          <ChangeSourceFields values={values} set={set} errorOf={errorOf} />
        </>
      )}
      {type === 'note' && (
        <TextInput field="text" label={t('fields.text')} description={t('fields.textHint')} value={values.text} onChange={set('text')} error={errorOf('text')} maxLength={NOTE_MAX} multiline />
      )}
      {type === 'source' && <SourceFields values={values} set={set} errorOf={errorOf} />}

      <TextInput field="effective" label={t(`fields.effective.${type}`)} value={values.effective} onChange={set('effective')} error={errorOf('effective')} type="date" />
      {type !== 'note' && (
        <TextInput field="reason" label={t('fields.reason')} description={t('fields.reasonHint')} value={values.reason} onChange={set('reason')} error={errorOf('reason')} maxLength={REASON_MAX} multiline />
      )}

      {conflict ? (
        <ConflictView
          measure={conflict.current}
          baseVersion={baseVersion}
          mine={describeDraft(type, values, t)}
          onReapply={() => {
            // The user has seen the other change and still wants theirs: send it on top of it.
            setBaseVersion(conflict.current.version);
            check(conflict.current, conflict.current.version);
          }}
          onDiscard={discard}
        />
      ) : (
        <>
          {mutation.isError && !(isApiError(mutation.error) && mutation.error.status === 400) && <SaveError error={mutation.error} />}
          {confirmingCancel ? (
            <Alert data-color="warning" role="alert" className="confirm-discard">
              <Paragraph>{t('confirmDiscard.question')}</Paragraph>
              <div className="button-row">
                <Button variant="primary" data-color="danger" onClick={discard}>
                  {t('confirmDiscard.discard')}
                </Button>
                <Button variant="secondary" onClick={() => setConfirmingCancel(false)}>
                  {t('confirmDiscard.keepEditing')}
                </Button>
              </div>
            </Alert>
          ) : (
            <div className="button-row">
              <Button type="submit" loading={mutation.isPending} aria-disabled={mutation.isPending || undefined}>
                {mutation.isError ? t('saveAgain') : t('save')}
              </Button>
              <Button variant="secondary" onClick={() => (dirty ? setConfirmingCancel(true) : onClose('cancelled'))}>
                {t('cancel')}
              </Button>
            </div>
          )}
        </>
      )}
    </form>
  );
}

interface FieldGroupProps {
  values: ChangeFormValues;
  set: (field: ChangeField) => (value: string) => void;
  errorOf: (field: ChangeField) => FormError | undefined;
}

function StatusFields({ measure, values, set, errorOf }: FieldGroupProps & { measure: Measure }) {
  const { t } = useTranslation(['editing', 'common']);
  const pick = useLocalized();
  // The measures a replaced one can point to: the others in its plan, from the plan's scope.
  const candidates = useMeasureScope(measureScope(measure.planId), {
    enabled: values.to === 'replaced',
    select: (set) => set.items.filter((candidate) => candidate.id !== measure.id),
  });
  return (
    <>
      <SelectInput field="to" label={t('fields.to', { current: t(`common:status.${measure.status}`) })} value={values.to} onChange={set('to')} error={errorOf('to')}>
        <Select.Option value="">{t('fields.choose')}</Select.Option>
        {statusOptions(measure.status).map((status) => (
          <Select.Option key={status} value={status}>
            {t(`common:status.${status}`)}
          </Select.Option>
        ))}
      </SelectInput>
      {values.to === 'completed' && (
        <TextInput field="completedOn" label={t('fields.completedOn')} value={values.completedOn} onChange={set('completedOn')} error={errorOf('completedOn')} type="date" />
      )}
      {values.to === 'replaced' && (
        <SelectInput field="replacedBy" label={t('fields.replacedBy')} value={values.replacedBy} onChange={set('replacedBy')} error={errorOf('replacedBy')}>
          <Select.Option value="">{candidates.isPending ? t('common:state.loading') : t('fields.choose')}</Select.Option>
          {(candidates.data ?? []).map((candidate) => (
            <Select.Option key={candidate.id} value={candidate.id}>
              {candidate.number}. {pick(candidate.title).value}
            </Select.Option>
          ))}
        </SelectInput>
      )}
      {values.to === 'replaced' && candidates.isError && (
        <ErrorPanel error={candidates.error} onRetry={() => void candidates.refetch()} retrying={candidates.isFetching} />
      )}
      {values.to === 'completed' ? <SourceFields values={values} set={set} errorOf={errorOf} /> : <ChangeSourceFields values={values} set={set} errorOf={errorOf} />}
    </>
  );
}

function SourceFields({ values, set, errorOf, required = true }: FieldGroupProps & { required?: boolean }) {
  const { t } = useTranslation('editing');
  return (
    <>
      <TextInput field="sourceTitle" label={t('fields.sourceTitle')} value={values.sourceTitle} onChange={set('sourceTitle')} error={errorOf('sourceTitle')} maxLength={SOURCE_TITLE_MAX} required={required} />
      <TextInput field="sourceUrl" label={t('fields.sourceUrl')} description={t('fields.sourceUrlHint')} value={values.sourceUrl} onChange={set('sourceUrl')} error={errorOf('sourceUrl')} type="url" required={required} />
    </>
  );
}

/** The source a status change or a deadline move rests on: optional, and shown with the change in the history. */
function ChangeSourceFields(props: FieldGroupProps) {
  const { t } = useTranslation('editing');
  return (
    <Fieldset className="change-form__source">
      <Fieldset.Legend>{t('fields.changeSource')}</Fieldset.Legend>
      <Fieldset.Description>{t('fields.changeSourceHint')}</Fieldset.Description>
      <SourceFields {...props} required={false} />
    </Fieldset>
  );
}

function DeadlineFields({ values, set, errorOf }: FieldGroupProps) {
  const { t } = useTranslation(['editing', 'common']);
  return (
    <>
      <TextInput field="deadlineStated" label={t('fields.deadlineStated')} description={t('fields.deadlineStatedHint')} value={values.deadlineStated} onChange={set('deadlineStated')} error={errorOf('deadlineStated')} maxLength={DEADLINE_STATED_MAX} />
      <SelectInput field="deadlineKind" label={t('fields.deadlineKind')} value={values.deadlineKind} onChange={set('deadlineKind')} error={errorOf('deadlineKind')}>
        {DEADLINE_KINDS.map((kind) => (
          <Select.Option key={kind} value={kind}>
            {t(`common:deadline.kind.${kind}`)}
          </Select.Option>
        ))}
      </SelectInput>
      <SelectInput field="deadlinePrecision" label={t('fields.deadlinePrecision')} value={values.deadlinePrecision} onChange={set('deadlinePrecision')} error={errorOf('deadlinePrecision')}>
        <Select.Option value="year">{t('fields.precision.year')}</Select.Option>
        <Select.Option value="day">{t('fields.precision.day')}</Select.Option>
      </SelectInput>
      {values.deadlinePrecision === 'day' ? (
        <TextInput field="deadlineDate" label={t('fields.deadlineDate')} value={values.deadlineDate} onChange={set('deadlineDate')} error={errorOf('deadlineDate')} type="date" />
      ) : (
        <TextInput field="deadlineYear" label={t('fields.deadlineYear')} value={values.deadlineYear} onChange={set('deadlineYear')} error={errorOf('deadlineYear')} type="number" />
      )}
    </>
  );
}

function FormErrorSummary({ errors, fields }: { errors: FormError[]; fields: ChangeField[] }) {
  const { t } = useTranslation('editing');
  const errorText = useErrorText();
  const ordered = [...errors].sort((a, b) => fields.indexOf(a.field) - fields.indexOf(b.field));
  return (
    <ErrorSummary>
      <ErrorSummary.Heading>{t('errorSummary')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {ordered.map((error) => (
          <ErrorSummary.Item key={`${error.field}-${error.code}`}>
            <ErrorSummary.Link href={`#${fieldId(error.field)}`}>
              {t(`fieldNames.${error.field}`)}: {errorText(error)}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}

/** Why saving failed, and that the text is kept. */
function SaveError({ error }: { error: unknown }) {
  const { t } = useTranslation('editing');
  if (isApiError(error) && (error.status === 401 || error.status === 403)) {
    return (
      <Alert data-color="danger" role="alert">
        <Paragraph>{t(error.status === 401 ? 'refused.signIn' : 'refused.forbidden')}</Paragraph>
        <Paragraph data-size="sm">{t('draftKept')}</Paragraph>
      </Alert>
    );
  }
  return (
    <div className="save-error">
      <ErrorPanel error={error} />
      <Paragraph data-size="sm">{t('draftKept')}</Paragraph>
    </div>
  );
}
