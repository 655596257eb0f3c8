import { Paragraph } from '@digdir/designsystemet-react';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { Summary } from '@/domain/api-contract';
import type { Area } from '@/domain/area';
import type { Status } from '@/domain/status';
import { Localized } from '@/components/ui/localized';
import { formatNumber, formatPercent } from '@/lib/format';
import { useLanguage, useLocalized } from '@/lib/use-localized';
import { areaProgressFacts, areaProgressRows, statusesIn, type AreaProgressRow } from '../utils/area-progress';
import { measuresListHref, type OverviewScope } from '../utils/measure-links';
import { StatusLegend } from '@/components/charts/chart-legend';
import { ChartPanel, type ChartPlacement } from '@/components/charts/chart-panel';
import { areaChartHeight } from '@/components/charts/chart-sizes';
import { CountLink, DataTable } from '@/components/charts/data-table';
import { statusCells, statusColumns, useStatusLines, useStatusName } from './status-columns';

const AreaProgressChart = lazy(() => import('./area-progress-chart').then((module) => ({ default: module.AreaProgressChart })));

/** Progress by satsningsområde and tjenesteområde: a stacked bar per area, its summary and its table. */
export function AreaProgressSection({ summary, areas, scope, tools, headingLevel }: { summary: Summary; areas: Area[]; scope: OverviewScope } & ChartPlacement) {
  const { t } = useTranslation('overview');
  const language = useLanguage();
  const pick = useLocalized();
  const statusName = useStatusName();
  const statusLines = useStatusLines(statusName);
  const rows = areaProgressRows(summary.areas, areas, (area) => pick(area.name).value);
  const facts = areaProgressFacts(rows);
  const statuses = statusesIn(rows);
  const areaById = new Map(areas.map((area) => [area.id, area]));
  const share = (value: number) => formatPercent(value, language);
  const hrefFor = (areaId: string, status?: Status) => measuresListHref({ area: areaId, ...(status ? { status } : {}) }, scope);
  const describe = (row: AreaProgressRow) => ({
    title: row.name,
    lines: [
      ...statusLines(row.counts),
      `${t('byArea.total')}: ${formatNumber(row.total, language)}`,
      `${t('byArea.share')}: ${share(row.completedShare)}`,
    ],
  });

  return (
    <ChartPanel
      title={t('byArea.title')}
      tools={tools}
      {...(headingLevel && { headingLevel })}
      empty={facts.total === 0}
      summary={
        facts.total === 0 ? (
          <Paragraph>{t('byArea.none')}</Paragraph>
        ) : (
          <Paragraph>
            {t('byArea.summary', { ...facts, share: share(facts.completedShare) })}{' '}
            {facts.behind ? t('byArea.behind', { ...facts.behind, area: facts.behind.name, share: share(facts.behind.completedShare) }) : t('byArea.allDone')}{' '}
            <span className="chart-panel__hint">{t('chart.clickHint')}</span>
          </Paragraph>
        )
      }
      legend={<StatusLegend statuses={statuses} statusName={statusName} />}
      chartHeight={areaChartHeight(rows.length)}
      chart={<AreaProgressChart rows={rows} statuses={statuses} hrefFor={hrefFor} statusName={statusName} shareLabel={(row) => share(row.completedShare)} describe={describe} />}
      table={(focusable) => (
        <DataTable
          caption={t('byArea.caption')}
          focusable={focusable}
          columns={[
            { key: 'area', label: t('byArea.area') },
            ...statusColumns(statusName),
            { key: 'total', label: t('byArea.total'), numeric: true },
            { key: 'share', label: t('byArea.share'), numeric: true },
          ]}
          rows={rows.map((row) => {
            const area = areaById.get(row.areaId);
            const labelFor = (label: string) => t('byArea.cell', { area: row.name, status: label });
            return {
              key: row.areaId,
              header: area ? <Localized text={area.name} /> : row.areaId,
              cells: [
                ...statusCells(row.counts, { statusName, hrefFor: (status) => hrefFor(row.areaId, status), labelFor, focusable }),
                <CountLink key="total" count={row.total} href={hrefFor(row.areaId)} label={labelFor(t('byArea.total'))} focusable={focusable} />,
                share(row.completedShare),
              ],
            };
          })}
        />
      )}
    />
  );
}
