import { Alert, Heading, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Area } from '@/domain/area';
import { INSTRUMENTS } from '@/domain/measure';
import type { ImportedMeasureRow, RecognisedDeadline } from '@/domain/plan-text-import';
import { Localized } from '@/components/ui/localized';
import { formatDatePoint } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { isWholeInputProblem, type ImportPreview } from '../utils/import-problems';
import { responsibleOf, type FormError, type PlanFormField, type PlanFormValues } from '../utils/plan-form';
import { fieldId, SelectInput, useErrorText } from './plan-fields';
import { ProblemText } from './problem-text';

export interface ImportPreviewViewProps {
  preview: ImportPreview;
  areas: readonly Area[];
  values: PlanFormValues;
  set: (field: PlanFormField) => (value: string) => void;
  errorOf: (field: PlanFormField) => FormError | undefined;
}

/**
 * Every row as it will be saved (number, area, the measure's words, the deadline words and what they mean, notes),
 * and every line that will not be, with its line number and why. Nothing is saved from here.
 */
export function ImportPreviewView({ preview, areas, values, set, errorOf }: ImportPreviewViewProps) {
  const { t } = useTranslation(['plans', 'common']);
  const whole = preview.problems.find(isWholeInputProblem);
  if (whole !== undefined || preview.rows.length === 0) {
    return (
      <Alert data-color="danger" role="alert">
        <Paragraph>{whole ? <ProblemText problem={whole} /> : t('preview.nothingToSave')}</Paragraph>
        {!whole && <ProblemList preview={preview} />}
      </Alert>
    );
  }
  return (
    <>
      <Paragraph role="status">{t('preview.count', { count: preview.rows.length })}</Paragraph>
      <div className="plan-import__choices">
        <SelectInput field="instrument" label={t('preview.instrument')} description={t('preview.instrumentHint')} value={values.instrument} onChange={set('instrument')} error={errorOf('instrument')}>
          <Select.Option value="">{t('preview.chooseInstrument')}</Select.Option>
          {INSTRUMENTS.map((instrument) => (
            <Select.Option key={instrument} value={instrument}>
              {t(`common:instrument.${instrument}`)}
            </Select.Option>
          ))}
        </SelectInput>
        <ResponsibleInput values={values} set={set} error={errorOf('responsible')} />
      </div>
      <div className="plan-import__table">
        <Table data-size="sm" zebra>
          <caption>{t('preview.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('preview.number')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('preview.area')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('preview.measure')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('preview.stated')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('preview.meaning')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('preview.notes')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {preview.rows.map((row) => (
              <PreviewRow key={`${row.number}-${row.lines.first}`} row={row} area={areas.find((area) => area.id === row.area.id)} />
            ))}
          </Table.Body>
        </Table>
      </div>
      {preview.problems.length > 0 && (
        <Alert data-color="warning">
          <Heading level={3} data-size="2xs">
            {t('preview.problems', { count: preview.problems.length })}
          </Heading>
          <Paragraph data-size="sm">{t('preview.problemsIntro')}</Paragraph>
          <ProblemList preview={preview} />
        </Alert>
      )}
    </>
  );
}

function ResponsibleInput({ values, set, error }: { values: PlanFormValues; set: (field: PlanFormField) => (value: string) => void; error: FormError | undefined }) {
  const { t } = useTranslation(['plans', 'common']);
  const errorText = useErrorText()(error);
  return (
    <Textfield
      id={fieldId('responsible')}
      label={t('preview.responsible')}
      description={t('preview.responsibleHint')}
      value={responsibleOf(values)}
      required
      error={errorText}
      onChange={(event) => set('responsible')(event.target.value)}
    />
  );
}

function PreviewRow({ row, area }: { row: ImportedMeasureRow; area: Area | undefined }) {
  const { t } = useTranslation(['plans', 'common']);
  const deadline = row.deadline;
  return (
    <Table.Row>
      <Table.Cell>{row.number}</Table.Cell>
      <Table.Cell>{area ? <Localized text={area.name} /> : row.area.heading}</Table.Cell>
      <Table.Cell lang="nb">{row.text}</Table.Cell>
      <Table.Cell>{deadline ? <q lang="nb">{deadline.deadline.stated.nb}</q> : t('common:deadline.none')}</Table.Cell>
      <Table.Cell>{deadline ? <DeadlineMeaning deadline={deadline} /> : t('preview.nothing')}</Table.Cell>
      <Table.Cell>
        {row.notes.length === 0 ? (
          t('preview.nothing')
        ) : (
          <ul className="plan-import__notes">
            {row.notes.map((note) => (
              <li key={note.code}>{t(`planImport.note.${note.code}`)}</li>
            ))}
          </ul>
        )}
      </Table.Cell>
    </Table.Row>
  );
}

/** «i 2016» → «innen 2016»: the kind of deadline and its date, no more precise than the words. */
function DeadlineMeaning({ deadline }: { deadline: RecognisedDeadline }) {
  const { t } = useTranslation(['plans', 'common']);
  const language = useLanguage();
  const meaning = t('preview.meaningText', { kind: t(`common:deadline.kind.${deadline.deadline.kind}`), date: formatDatePoint(deadline.deadline.point, language) });
  return (
    <>
      {meaning}
      {deadline.season !== null && ` ${t('preview.seasonNote', { season: t(`preview.season.${deadline.season}`) })}`}
    </>
  );
}

function ProblemList({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation(['plans', 'common']);
  const lines = preview.problems.filter((problem) => problem.line !== null);
  if (lines.length === 0) return null;
  return (
    <ul className="plan-import__problems">
      {lines.map((problem) => (
        <li key={`${problem.line}-${problem.code}`}>
          <strong>{t('preview.line', { line: problem.line ?? 0 })}</strong>
          {problem.excerpt && (
            <>
              {': '}
              <q lang="nb">{problem.excerpt}</q>
            </>
          )}
          {' – '}
          <ProblemText problem={problem} />
        </li>
      ))}
    </ul>
  );
}
