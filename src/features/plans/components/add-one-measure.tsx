import { Alert, Link, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Area } from '@/domain/area';
import { formatDatePoint } from '@/lib/format';
import { INSTRUMENTS, instrumentSchema, type Instrument } from '@/domain/measure';
import type { Plan } from '@/domain/plan';
import type { ImportedMeasureRow } from '@/domain/plan-text-import';
import { QueryState } from '@/components/ui/query-state';
import { Section } from '@/components/ui/section';
import { useAreas } from '@/lib/catalog/get-areas';
import { useLanguage } from '@/lib/use-localized';
import { useAddPlanMeasures } from '../api/add-plan-measures';
import { planConflictOf } from '../api/register-plan';
import { deadlineOfCell } from '../utils/csv-rows';
import { toMeasureBatch } from '../utils/plan-edit';
import type { FormErrorCode } from '../utils/plan-form';
import { SelectInput, TextInput } from './plan-fields';
import { FormErrorSummary, PlanChangedMeanwhile, SaveButton, SaveError } from './save-outcome';

type OneField = 'one-area' | 'one-text' | 'one-deadline' | 'one-instrument' | 'one-responsible';
interface OneError {
  field: OneField;
  code: FormErrorCode;
  max?: number;
}

interface AddOneMeasureProps {
  plan: Plan;
  onAdded: (plan: Plan) => void;
  reload: (fallback: Plan) => Promise<Plan>;
}

/** «Legg til ett tiltak»: one measure typed in, saved with POST /api/plans/:id/measures as a batch of one. */
export function AddOneMeasure(props: AddOneMeasureProps) {
  const { t } = useTranslation('plans');
  return (
    <QueryState query={useAreas()} loadingLabel={t('addMeasures.loading')}>
      {(areas) => <AddOneMeasureForm {...props} areas={areas} />}
    </QueryState>
  );
}

function AddOneMeasureForm({ plan, onAdded, reload, areas }: AddOneMeasureProps & { areas: readonly Area[] }) {
  const { t } = useTranslation(['plans', 'common']);
  const language = useLanguage();
  const add = useAddPlanMeasures(plan.id);
  const conflict = planConflictOf(add.error);
  const [areaId, setAreaId] = useState('');
  const [text, setText] = useState('');
  const [deadlineWords, setDeadlineWords] = useState('');
  const [instrument, setInstrument] = useState<Instrument | ''>('');
  const [responsible, setResponsible] = useState(plan.ministry.nb);
  const [sourceIndex, setSourceIndex] = useState(0);
  const [errors, setErrors] = useState<OneError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [added, setAdded] = useState<{ id: string; number: number } | null>(null);
  const saving = useRef(false);

  const words = deadlineWords.trim();
  // Read as the import reads a `frist` cell (a bare year too): the whole of the words must be one deadline, nothing is guessed.
  const recognised = words === '' ? null : deadlineOfCell(words);
  const unreadable = words !== '' && recognised === null;

  const errorOf = (field: OneField) => errors.find((error) => error.field === field);
  const nameOf = (field: OneField) => t(`addOne.fields.${field}`);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (saving.current || add.isPending) return;
    const found: OneError[] = [];
    const measureText = text.trim().replace(/\s+/gu, ' ');
    if (areaId === '') found.push({ field: 'one-area', code: 'required' });
    if (measureText === '') found.push({ field: 'one-text', code: 'required' });
    if (unreadable) found.push({ field: 'one-deadline', code: 'rejected' });
    const row: ImportedMeasureRow = {
      number: 1,
      lines: { first: 1, last: 1 },
      area: { id: areaId, heading: '', line: 1 },
      text: measureText,
      lead: null,
      deadline: recognised,
      deadlines: recognised ? [recognised] : [],
      split: null,
      notes: [],
    };
    const typed = responsible.trim() === plan.ministry.nb ? null : responsible;
    const result = toMeasureBatch(
      [row],
      { instrument, responsible: typed, ministry: plan.ministry, source: plan.sources[sourceIndex] ?? plan.sources[0] },
      { reason: t('addOne.reason'), language },
    );
    if (!result.ok) {
      for (const error of result.errors) {
        if (error.field === 'instrument') found.push({ field: 'one-instrument', code: error.code });
        else if (error.field === 'responsible') found.push({ field: 'one-responsible', code: error.code, max: error.max });
        else if (found.length === 0) found.push({ field: 'one-text', code: error.code });
      }
    }
    if (found.length > 0 || !result.ok) {
      setErrors(found);
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
          const measure = measures[0];
          setAdded(measure ? { id: measure.id, number: measure.number } : null);
          setText('');
          setDeadlineWords('');
          onAdded(next);
        },
      },
    );
  };

  const listPath = `/tiltak?plan=${encodeURIComponent(plan.id)}`;

  return (
    <form className="plan-import" onSubmit={submit} noValidate aria-label={t('addOne.title')}>
      <Section title={t('addOne.title')} className="page-section plan-import__section">
        <Paragraph>{t('addOne.intro', { reference: plan.reference })}</Paragraph>
        <SelectInput field="one-area" label={t('addOne.fields.one-area')} value={areaId} onChange={setAreaId} error={errorOf('one-area')}>
          <Select.Option value="">{t('addOne.choose')}</Select.Option>
          {areas.map((area) => (
            <Select.Option key={area.id} value={area.id}>
              {area.name[language] ?? area.name.nb}
            </Select.Option>
          ))}
        </SelectInput>
        <TextInput field="one-text" label={t('addOne.fields.one-text')} description={t('addOne.textHint')} value={text} onChange={setText} error={errorOf('one-text')} required multiline />
        <TextInput field="one-deadline" label={t('addOne.fields.one-deadline')} description={t('addOne.deadlineHint')} value={deadlineWords} onChange={setDeadlineWords} error={undefined} />
        <div aria-live="polite">
          {recognised !== null && (
            <Paragraph data-size="sm">
              {t('addOne.deadlineMeaning', {
                words: recognised.deadline.stated.nb,
                meaning: t('preview.meaningText', { kind: t(`common:deadline.kind.${recognised.deadline.kind}`), date: formatDatePoint(recognised.deadline.point, language) }),
              })}
            </Paragraph>
          )}
          {unreadable && <ValidationMessage>{t('addOne.deadlineUnread', { words })}</ValidationMessage>}
        </div>
        <SelectInput field="one-instrument" label={t('addOne.fields.one-instrument')} description={t('preview.instrumentHint')} value={instrument} onChange={(value) => { const parsed = instrumentSchema.safeParse(value); setInstrument(parsed.success ? parsed.data : ''); }} error={errorOf('one-instrument')}>
          <Select.Option value="">{t('addOne.choose')}</Select.Option>
          {INSTRUMENTS.map((item) => (
            <Select.Option key={item} value={item}>
              {t(`common:instrument.${item}`)}
            </Select.Option>
          ))}
        </SelectInput>
        <TextInput field="one-responsible" label={t('addOne.fields.one-responsible')} value={responsible} onChange={setResponsible} error={errorOf('one-responsible')} required />
        {plan.sources.length > 1 && (
          <SelectInput field="one-source" label={t('addMeasures.source')} description={t('addMeasures.sourceHint')} value={String(sourceIndex)} onChange={(value) => setSourceIndex(Number(value))} error={undefined}>
            {plan.sources.map((source, index) => (
              <Select.Option key={`${index}-${source.title}`} value={String(index)}>
                {source.title}
              </Select.Option>
            ))}
          </SelectInput>
        )}
        {errors.length > 0 && <FormErrorSummary key={attempt} errors={errors} nameOf={nameOf} />}
        {/* Someone changed the plan meanwhile: the same notice as the import's, not /planer/ny's «the id is taken». */}
        {conflict !== null && (
          <PlanChangedMeanwhile
            conflict={conflict}
            reload={reload}
            onReloaded={(next) => {
              onAdded(next);
              add.reset();
            }}
          />
        )}
        {add.isError && conflict === null && <SaveError error={add.error} rows={[]} />}
        <div aria-live="polite">
          {added !== null && (
            <Alert data-color="success">
              <Paragraph>{t('addOne.saved', { number: added.number, reference: plan.reference })}</Paragraph>
              <Paragraph>
                <Link asChild>
                  <RouterLink to={`/tiltak/${encodeURIComponent(added.id)}`}>{t('addOne.measureLink', { number: added.number })}</RouterLink>
                </Link>{' '}
                <Link asChild>
                  <RouterLink to={listPath}>{t('edit.measuresLink', { reference: plan.reference })}</RouterLink>
                </Link>
              </Paragraph>
            </Alert>
          )}
        </div>
        <div className="plan-import__row">
          <SaveButton pending={add.isPending}>{add.isPending ? t('addOne.saving') : t('addOne.button')}</SaveButton>
        </div>
      </Section>
    </form>
  );
}
