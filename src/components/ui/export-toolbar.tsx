import { Button } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvDelimiter, ExportFile } from '@/lib/export-file';
import { useDownload } from './use-download';

/** One button of the toolbar: what it says, and the file it saves (asked for when it is pressed). */
export interface ExportDownload {
  label: string;
  file: () => ExportFile<string | Blob>;
}

/** A button of the toolbar that saves no file (print). */
export interface ExportAction {
  label: string;
  onClick: () => void;
}

interface ExportToolbarProps {
  /** Shown before the buttons ("Last ned utvalget"); the group's name unless `name` is given. */
  label: string;
  /** The group's name where the label alone does not tell toolbars apart (one per chart on a page). */
  name?: string;
  /** What the files hold, for screen readers (not shown). */
  description?: string;
  downloads: readonly ExportDownload[];
  /**
   * The data dictionary's file («Kolonnebeskrivelse (CSV)»), the last button: with the delimiter of the CSV last
   * saved from this toolbar (a comma before any), so that it opens in the spreadsheet the data was made for.
   */
  dictionary?: (delimiter: CsvDelimiter) => ExportFile;
  /** Buttons before the downloads that save no file (print). */
  actions?: readonly ExportAction[];
  /** `tertiary` where a page has one toolbar per chart, so that they do not outweigh the charts. */
  variant?: 'secondary' | 'tertiary';
}

/**
 * A named group of download buttons, with one live line that says when a file is being made, which
 * file was saved, or that it failed. A button is inert while a file is being made.
 */
export function ExportToolbar({ label, name, description, downloads, dictionary, actions = [], variant = 'secondary' }: ExportToolbarProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const nameId = useId();
  const descriptionId = useId();
  const { state, busy, download } = useDownload();
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(',');
  const buttons: ExportDownload[] = dictionary === undefined ? [...downloads] : [...downloads, { label: t('export.dictionaryFile'), file: () => dictionary(delimiter) }];
  const message =
    state.status === 'working'
      ? t('export.working')
      : state.status === 'done'
        ? t('export.done', { name: state.fileName })
        : state.status === 'failed'
          ? t('export.failed')
          : '';
  return (
    <div
      className="export-toolbar"
      role="group"
      aria-labelledby={name === undefined ? labelId : nameId}
      aria-describedby={description === undefined ? undefined : descriptionId}
    >
      <span className="export-toolbar__label" aria-hidden={name === undefined ? undefined : true}>
        <span id={labelId}>{label}</span>:
      </span>
      {name !== undefined && (
        <span id={nameId} hidden>
          {name}
        </span>
      )}
      {description !== undefined && (
        <span id={descriptionId} className="visually-hidden">
          {description}
        </span>
      )}
      {actions.map((action) => (
        <Button key={action.label} variant={variant} data-size="sm" onClick={action.onClick}>
          {action.label}
        </Button>
      ))}
      {buttons.map((item) => (
        <Button
          key={item.label}
          variant={variant}
          data-size="sm"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (busy) return;
            const file = item.file();
            if (file.delimiter !== undefined) setDelimiter(file.delimiter);
            void download(file);
          }}
        >
          {item.label}
        </Button>
      ))}
      <span role="status" className="export-toolbar__status">
        {message}
      </span>
    </div>
  );
}
