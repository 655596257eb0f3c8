import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '@/domain/date-point';
import { ExportDictionary } from '@/components/ui/export-dictionary';
import { ExportToolbar } from '@/components/ui/export-toolbar';
import { csvFile, dictionaryFile, dictionaryFileName, type CsvDelimiter } from '@/lib/export-file';
import { useLanguage } from '@/lib/use-localized';
import { DUTY_CSV_COLUMNS, dutiesFileName, type DutyCsvRow } from '../utils/duty-rows';

interface DutiesDateFormProps {
  /** The `asOf` in the address as written (the field starts from it). */
  value: string;
  max: IsoDate;
  invalid: boolean;
  onSubmit: (asOf: string) => void;
  onReset: (() => void) | null;
}

/** The date the duties are shown for; the address holds it, so a view can be shared. */
export function DutiesDateForm({ value, max, invalid, onSubmit, onReset }: DutiesDateFormProps) {
  const { t } = useTranslation('municipality');
  const [asOf, setAsOf] = useState(value);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(asOf);
  };
  return (
    <form className="duties-date" onSubmit={submit} noValidate>
      <Textfield
        type="date"
        label={t('duties.dates.label')}
        description={t('duties.dates.help')}
        value={asOf}
        max={max}
        onChange={(event) => setAsOf(event.target.value)}
        data-size="sm"
        aria-invalid={invalid || undefined}
      />
      <div className="duties-date__buttons">
        <Button type="submit" data-size="sm">
          {t('duties.dates.show')}
        </Button>
        {onReset && (
          <Button type="button" variant="tertiary" data-size="sm" onClick={onReset}>
            {t('duties.dates.reset')}
          </Button>
        )}
      </div>
    </form>
  );
}

interface DutiesExportProps {
  number: string;
  asOf: IsoDate;
  rows: () => DutyCsvRow[];
}

const DELIMITERS: readonly CsvDelimiter[] = [',', ';'];

/** Print the A4 checklist, or download the duties as CSV (comma, or semicolon for Norwegian Excel). */
export function DutiesExport({ number, asOf, rows }: DutiesExportProps) {
  const { t } = useTranslation('municipality');
  const language = useLanguage();
  // The CSV for Norwegian Excel has Norwegian headers; both come with a dictionary of the columns.
  const data = { columns: DUTY_CSV_COLUMNS, rows, dictionary: { kind: 'duties', language } } as const;
  return (
    <div className="export-controls">
      <ExportToolbar
        label={t('duties.export.title')}
        description={t('duties.export.description')}
        actions={[{ label: t('duties.export.print'), onClick: () => window.print() }]}
        downloads={DELIMITERS.map((delimiter) => ({
          label: t(delimiter === ',' ? 'duties.export.csv' : 'duties.export.csvSemicolon'),
          file: () => csvFile(delimiter, dutiesFileName(number, asOf, delimiter), data),
        }))}
        dictionary={(delimiter) => dictionaryFile('duties', DUTY_CSV_COLUMNS, language, dictionaryFileName(dutiesFileName(number, asOf, ',')), delimiter)}
      />
      <ExportDictionary kind="duties" columns={DUTY_CSV_COLUMNS} />
    </div>
  );
}
