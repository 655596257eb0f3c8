import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Status } from '@/domain/status';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { PROGRESS_ORDER } from '../utils/area-progress';
import { CountLink, type DataColumn } from '@/components/charts/data-table';

export type StatusName = (status: Status) => string;

/** The reader's word for a status. */
export function useStatusName(): StatusName {
  const { t } = useTranslation('common');
  return (status) => t(`status.${status}`);
}

/** A column per status, in the charts' fixed order. */
export function statusColumns(statusName: StatusName): DataColumn[] {
  return PROGRESS_ORDER.map((status) => ({ key: status, label: statusName(status), numeric: true }));
}

interface StatusCellsOptions {
  statusName: StatusName;
  /** The measures list for one status of the row. */
  hrefFor: (status: Status) => string;
  /** The link's name for one status of the row: "Omsorgstjenestene, Planlagt". */
  labelFor: (statusLabel: string) => string;
  focusable: boolean;
}

/** A row's counts per status, each a link to its measures. */
export function statusCells(counts: Record<Status, number>, { statusName, hrefFor, labelFor, focusable }: StatusCellsOptions): ReactNode[] {
  return PROGRESS_ORDER.map((status) => (
    <CountLink key={status} count={counts[status]} href={hrefFor(status)} label={labelFor(statusName(status))} focusable={focusable} />
  ));
}

/** Tooltip lines for the statuses a row has: "Fullført: 2". */
export function useStatusLines(statusName: StatusName) {
  const language = useLanguage();
  return (counts: Record<Status, number>) =>
    PROGRESS_ORDER.filter((status) => counts[status] > 0).map((status) => `${statusName(status)}: ${formatNumber(counts[status], language)}`);
}
