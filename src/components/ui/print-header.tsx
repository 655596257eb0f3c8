import type { ReactNode } from 'react';

export interface PrintHeaderEntry {
  label: string;
  value: ReactNode;
}

/**
 * Only on paper: what the printout shows (its plans, dates and filters, as entries), so that a page lifted from it
 * still says so. Styled once in app.css (`.print-header`).
 */
export function PrintHeader({ title, entries }: { title: string; entries: readonly PrintHeaderEntry[] }) {
  return (
    <div className="print-only print-header" data-print-header="">
      <p className="print-header__title">{title}</p>
      <dl>
        {entries.map((entry) => (
          <div key={entry.label}>
            <dt>{entry.label}</dt>
            <dd>{entry.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
