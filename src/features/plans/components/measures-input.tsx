import { Alert, Button, Details, Field, Input, Label, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '@/components/ui/section';
import type { PreviewProblem } from '../utils/import-problems';
import type { FormError } from '../utils/plan-form';
import { fieldId, useErrorText } from './plan-fields';
import { ProblemText } from './problem-text';

/** What became of the last file chosen: being read, read (as text or as CSV), or refused with a reason. */
export type FileStatus = { kind: 'reading'; name: string } | { kind: 'text' | 'csv' | 'xlsx'; name: string } | { kind: 'refused'; name: string; problem: PreviewProblem } | null;

export interface MeasuresInputProps {
  text: string;
  onTextChange: (text: string) => void;
  fileStatus: FileStatus;
  /** A CSV or a workbook (.xlsx) is the source of the preview (the text field is not). */
  usingCsv: boolean;
  onUseText: () => void;
  onFile: (file: File) => void;
  onShow: () => void;
  areaNames: string;
  error: FormError | undefined;
}

/** The plan's list of measures: pasted as written, or a file (.txt read into the field, .csv or .xlsx per the template). */
export function MeasuresInput({ text, onTextChange, fileStatus, usingCsv, onUseText, onFile, onShow, areaNames, error }: MeasuresInputProps) {
  const { t } = useTranslation('plans');
  const errorText = useErrorText()(error);
  const fileId = useId();
  const fileHintId = useId();
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // The same file may be chosen again after it was corrected.
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <Section title={t('measures.title')} className="page-section plan-import__section">
      <Paragraph>{t('measures.intro')}</Paragraph>
      <Textfield
        id={fieldId('measures')}
        className="plan-import__text"
        label={t('measures.text')}
        description={t('measures.textHint', { areas: areaNames })}
        multiline
        rows={12}
        value={text}
        spellCheck={false}
        error={errorText}
        onChange={(event) => onTextChange(event.target.value)}
      />
      <Field>
        <Label htmlFor={fileId}>{t('measures.file')}</Label>
        <Field.Description id={fileHintId}>{t('measures.fileHint')}</Field.Description>
        <Input id={fileId} type="file" accept=".txt,.csv,.xlsx,text/plain,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby={fileHintId} onChange={choose} />
      </Field>
      <div aria-live="polite" className="plan-import__file-status">
        {fileStatus?.kind === 'reading' && <Paragraph data-size="sm">{t('measures.reading')}</Paragraph>}
        {fileStatus?.kind === 'text' && <Paragraph data-size="sm">{t('measures.fromTextFile', { name: fileStatus.name })}</Paragraph>}
        {(fileStatus?.kind === 'csv' || fileStatus?.kind === 'xlsx') && usingCsv && (
          <div className="plan-import__row">
            <Paragraph data-size="sm">{t('measures.fromFile', { name: fileStatus.name })}</Paragraph>
            <Button variant="tertiary" data-size="sm" onClick={onUseText}>
              {t('measures.useText')}
            </Button>
          </div>
        )}
      </div>
      {fileStatus?.kind === 'refused' && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t('measures.fileRefused', { name: fileStatus.name })}</Paragraph>
          <Paragraph>
            <ProblemText problem={fileStatus.problem} />
          </Paragraph>
        </Alert>
      )}
      <Details>
        <Details.Summary>{t('measures.templateTitle')}</Details.Summary>
        <Details.Content>
          <Paragraph data-size="sm">{t('measures.template')}</Paragraph>
          <pre className="plan-import__template">
            <code>{t('measures.templateExample')}</code>
          </pre>
        </Details.Content>
      </Details>
      <div className="plan-import__row">
        <Button variant="secondary" onClick={onShow}>
          {t('measures.show')}
        </Button>
      </div>
    </Section>
  );
}
