import { Link, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ChangeLogItem } from '@/domain/change-log';
import type { Plan } from '@/domain/plan';
import { DeadlineText } from '@/components/ui/deadline-text';
import { Localized } from '@/components/ui/localized';
import { SourceLink } from '@/components/ui/source-link';
import { formatDatePoint, formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { sourceOf } from '../utils/change-log-export';

const COLUMNS = ['recorded', 'measure', 'what', 'effective', 'why', 'by', 'source'] as const;
type Column = (typeof COLUMNS)[number];

/**
 * One page of the log as a table: when it was recorded, which measure, what changed, when it happened, why,
 * by whom and on what source. What people wrote (reasons, notes, names, titles of sources) is isolated for
 * direction (`<bdi>`) and marked with the language it was written in. On a phone each row is a card of
 * «Label: value» lines (changes.css); the explicit roles keep it a table for screen readers when CSS changes
 * how its rows are displayed.
 */
export function ChangeLogTable({ items, plans }: { items: readonly ChangeLogItem[]; plans: ReadonlyMap<string, Pick<Plan, 'reference'>> }) {
  const { t } = useTranslation('changes');
  const language = useLanguage();
  const caption = t('results.caption');
  const labels = Object.fromEntries(COLUMNS.map((column) => [column, t(`columns.${column}`)])) as Record<Column, string>;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table zebra data-size="sm" className="change-log-table" role="table">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head role="rowgroup">
          <Table.Row role="row">
            {COLUMNS.map((column) => (
              <Table.HeaderCell key={column} scope="col" role="columnheader">
                {labels[column]}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body role="rowgroup">
          {items.map((item) => {
            const { entry } = item;
            const source = sourceOf(item);
            const why = entry.type === 'note' ? entry.text : entry.reason;
            return (
              <Table.Row key={entry.id} role="row">
                <Table.HeaderCell scope="row" role="rowheader" className="change-log-table__recorded" data-label={labels.recorded}>
                  <time dateTime={entry.recordedAt}>{formatDateTime(entry.recordedAt, language)}</time>
                </Table.HeaderCell>
                <Table.Cell role="cell" data-label={labels.measure}>
                  <Link asChild>
                    <RouterLink to={`/tiltak/${item.measureId}`}>{t('measure', { plan: plans.get(item.planId)?.reference ?? item.planId, number: item.number })}</RouterLink>
                  </Link>
                  <Localized as="p" text={item.title} className="change-log-table__title" />
                </Table.Cell>
                <Table.Cell role="cell" data-label={labels.what}>
                  <ChangeText item={item} />
                </Table.Cell>
                <Table.Cell role="cell" data-label={labels.effective}>
                  <time dateTime={entry.effective.date}>{formatDatePoint(entry.effective, language)}</time>
                </Table.Cell>
                <Table.Cell role="cell" data-label={labels.why} className="change-log-table__why">
                  <bdi lang={entry.language} dir="auto">
                    {why}
                  </bdi>
                </Table.Cell>
                <Table.Cell role="cell" data-label={labels.by}>
                  <bdi>{entry.by.name}</bdi>
                </Table.Cell>
                <Table.Cell role="cell" data-label={labels.source}>{source === null ? t('none') : <SourceLink source={source} />}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}

function ChangeText({ item }: { item: ChangeLogItem }) {
  const { t } = useTranslation(['changes', 'common']);
  const { entry } = item;
  switch (entry.type) {
    case 'status':
      return <>{t('what.status', { from: t(`common:status.${entry.from}`), to: t(`common:status.${entry.to}`) })}</>;
    case 'deadline':
      return (
        <>
          {t('what.deadline')}: <DeadlineText deadline={entry.from} /> → <DeadlineText deadline={entry.to} />
        </>
      );
    case 'note':
      return <>{t('what.note')}</>;
    case 'source':
      return <>{t('what.source')}</>;
    case 'created':
      return null;
  }
}

