import type { IsoDate } from '@/domain/date-point';
import type { ExportFormat } from '@/lib/export-file';

/** "tiltak-2026-11-23.csv"; synthetic data and an as-of view say so in the name too. */
export function exportFileName(format: ExportFormat, meta: { exportedOn: IsoDate; asOf: IsoDate | null; synthetic: boolean }): string {
  const parts = ['tiltak'];
  if (meta.synthetic) parts.push('syntetiske-testdata');
  if (meta.asOf !== null) parts.push(`per-${meta.asOf}`);
  if (format === 'csv-semicolon') parts.push('semikolon');
  parts.push(meta.exportedOn);
  return `${parts.join('-')}.${format === 'json' ? 'json' : 'csv'}`;
}
