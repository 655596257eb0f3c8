import { Button, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '@/domain/date-point';
import { useDownload } from '@/components/ui/use-download';
import { toCsv, type CsvDelimiter } from '@/lib/export-file';
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

/** Print the A4 checklist, or download the duties as CSV (comma, or semicolon for Norwegian Excel). */
export function DutiesExport({ number, asOf, rows }: DutiesExportProps) {
  const { t } = useTranslation('municipality');
  const labelId = useId();
  const descriptionId = useId();
  const { state, busy, download: save } = useDownload();
  const download = (delimiter: CsvDelimiter) =>
    save(dutiesFileName(number, asOf, delimiter), 'text/csv;charset=utf-8', () => toCsv(DUTY_CSV_COLUMNS, rows(), delimiter));

  const message =
    state.status === 'working'
      ? t('duties.export.working')
      : state.status === 'done'
        ? t('duties.export.done', { name: state.fileName })
        : state.status === 'failed'
          ? t('duties.export.failed')
          : '';
  return (
    <div className="duties-export" role="group" aria-labelledby={labelId} aria-describedby={descriptionId}>
      <span id={labelId} className="duties-export__label">
        {t('duties.export.title')}:
      </span>
      <span id={descriptionId} className="visually-hidden">
        {t('duties.export.description')}
      </span>
      <Button variant="secondary" data-size="sm" onClick={() => window.print()}>
        {t('duties.export.print')}
      </Button>
      {([',', ';'] as const).map((delimiter) => (
        <Button
          key={delimiter}
          variant="secondary"
          data-size="sm"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) void download(delimiter);
          }}
        >
          {t(delimiter === ',' ? 'duties.export.csv' : 'duties.export.csvSemicolon')}
        </Button>
      ))}
      <span role="status" className="duties-export__status">
        {message}
      </span>
    </div>
  );
}
