import { Paragraph } from '@digdir/designsystemet-react';
import type { ExportFile } from '@/lib/export-file';
import { ExportToolbar } from './export-toolbar';

export interface CalendarLeftOutNote {
  /** Why they are left out, with how many: "2 frister er bare kjent til året …:". */
  text: string;
  /** Each one with what is known of its date. */
  items: readonly { key: string; label: string }[];
  /** Said after the list when it shows only the first of them: "og 40 til". */
  more?: string;
}

interface CalendarDownloadProps {
  /** The group's name: «Kalender». */
  label: string;
  /** What the file holds, for screen readers. */
  description: string;
  /** The button: «Legg til i kalender». */
  button: string;
  /** The file, made when the button is pressed; null when nothing can go in it. */
  file: (() => ExportFile) | null;
  /** Said instead of the button when there is no file to make. */
  empty: string;
  /** What is not in the file because its date is not known to the day; nothing when all are in it. */
  leftOut: CalendarLeftOutNote | null;
}

/**
 * «Legg til i kalender»: a calendar file (.ics) of the dates known to the day, with what is left out named
 * beside it, so that a reader never takes a year or a month for a day.
 */
export function CalendarDownload({ label, description, button, file, empty, leftOut }: CalendarDownloadProps) {
  return (
    <div className="calendar-download">
      {file === null ? (
        <Paragraph data-size="sm">
          <strong>{label}:</strong> {empty}
        </Paragraph>
      ) : (
        <ExportToolbar label={label} description={description} downloads={[{ label: button, file }]} />
      )}
      {leftOut !== null && (
        <div className="calendar-download__left-out">
          <Paragraph data-size="sm">{leftOut.text}</Paragraph>
          <ul>
            {leftOut.items.map((item) => (
              <li key={item.key}>{item.label}</li>
            ))}
          </ul>
          {leftOut.more !== undefined && <Paragraph data-size="sm">{leftOut.more}</Paragraph>}
        </div>
      )}
    </div>
  );
}
