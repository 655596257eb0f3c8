import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { IsoDate } from '@/domain/date-point';
import { combineQueries } from '@/components/ui/query-like';
import { QueryState } from '@/components/ui/query-state';
import { Localized } from '@/components/ui/localized';
import { Section } from '@/components/ui/section';
import { StatusTag } from '@/components/ui/status-tag';
import { formatDate, formatNumber, localeOf } from '@/lib/format';
import { usePlans } from '@/lib/catalog/get-plans';
import { useLanguage } from '@/lib/use-localized';
import { measureScope } from '@/lib/measures/measure-keys';
import { useStatusChanges } from '../api/get-status-changes';
import { useSummary } from '../api/get-summary';
import { compareSummaries, type ComparisonKey } from '../utils/comparison';
import { DataTable } from '@/components/charts/data-table';

interface ComparisonSectionProps {
  /** The earlier date. */
  from: IsoDate;
  /** The date the page shows; null for today. */
  to: IsoDate | null;
  plan: string | null;
}

/** Two reporting dates side by side: the figures on each, the change, and the measures whose status moved. */
export function ComparisonSection({ from, to, plan }: ComparisonSectionProps) {
  const { t } = useTranslation(['overview', 'common']);
  const language = useLanguage();
  const data = combineQueries([
    useSummary(measureScope(plan, from)),
    useSummary(measureScope(plan, to)),
    useStatusChanges({ from, to, plan: measureScope(plan).plan }),
    usePlans(),
  ]);
  const change = new Intl.NumberFormat(localeOf(language), { signDisplay: 'exceptZero' });
  const label = (key: ComparisonKey) =>
    key === 'total' || key === 'overdue' || key === 'dueWithinYear' ? t(`compare.${key}`) : t(`common:status.${key}`);

  return (
    <QueryState query={data}>
      {([before, after, moves, plans]) => {
        const planName = (planId: string) => plans.find((candidate) => candidate.id === planId)?.reference ?? planId;
        const dates = { from: formatDate(before.asOf, language), to: formatDate(after.asOf, language) };
        return (
          <Section title={t('compare.title', dates)} className="chart-panel comparison">
            <DataTable
              caption={t('compare.caption', dates)}
              columns={[
                { key: 'figure', label: t('compare.figure') },
                { key: 'before', label: dates.from, numeric: true },
                { key: 'after', label: dates.to, numeric: true },
                { key: 'change', label: t('compare.change'), numeric: true },
              ]}
              rows={compareSummaries(before, after).map((row) => ({
                key: row.key,
                header: label(row.key),
                cells: [formatNumber(row.before, language), formatNumber(row.after, language), change.format(row.change)],
              }))}
            />
            <Heading level={3} data-size="2xs">
              {t('compare.movesTitle')}
            </Heading>
            <Paragraph>{moves.items.length === 0 ? t('compare.noMoves', dates) : t('compare.moves', { count: moves.items.length, ...dates })}</Paragraph>
            {moves.items.length > 0 && (
              <DataTable
                caption={t('compare.movesCaption', dates)}
                columns={[
                  { key: 'measure', label: t('compare.measure') },
                  { key: 'plan', label: t('compare.plan') },
                  { key: 'number', label: t('compare.number'), numeric: true },
                  { key: 'from', label: t('compare.statusOn', { date: dates.from }) },
                  { key: 'to', label: t('compare.statusOn', { date: dates.to }) },
                ]}
                rows={moves.items.map((move) => ({
                  key: move.measureId,
                  header: (
                    <Link asChild>
                      <RouterLink to={`/tiltak/${move.measureId}`}>
                        <Localized text={move.title} />
                      </RouterLink>
                    </Link>
                  ),
                  cells: [
                    planName(move.planId),
                    move.number,
                    move.from === null ? t('compare.notYet') : <StatusTag status={move.from} />,
                    <span key="to" className="tag-row">
                      <StatusTag status={move.to} />
                      {move.uncertain && (
                        <Tag data-color="warning" data-size="sm" variant="outline">
                          {t('compare.uncertain')}
                        </Tag>
                      )}
                    </span>,
                  ],
                }))}
              />
            )}
            {moves.items.some((move) => move.uncertain) && <Paragraph data-size="sm">{t('compare.uncertainNote')}</Paragraph>}
          </Section>
        );
      }}
    </QueryState>
  );
}
