import { Heading, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Summary } from '@/domain/api-contract';
import type { Area } from '@/domain/area';
import { STATUSES } from '@/domain/status';
import { Localized } from '@/components/ui/localized';
import { formatNumber, formatPercent } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';

export function ProgressTable({ summary, areas }: { summary: Summary; areas: Area[] }) {
  const { t } = useTranslation(['overview', 'common']);
  const language = useLanguage();
  const areaById = new Map(areas.map((area) => [area.id, area]));
  return (
    <section aria-labelledby="by-area-heading">
      <Heading level={2} data-size="sm" id="by-area-heading">
        {t('byArea.title')}
      </Heading>
      <div className="table-scroll" role="region" aria-labelledby="by-area-heading" tabIndex={0}>
        <Table zebra>
          <caption>{t('byArea.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('byArea.area')}</Table.HeaderCell>
              {STATUSES.map((status) => (
                <Table.HeaderCell key={status} scope="col" className="numeric">
                  {t(`common:status.${status}`)}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell scope="col" className="numeric">
                {t('byArea.total')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('byArea.share')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {summary.areas.map((row) => {
              const area = areaById.get(row.areaId);
              return (
                <Table.Row key={row.areaId}>
                  <Table.HeaderCell scope="row">{area ? <Localized text={area.name} /> : row.areaId}</Table.HeaderCell>
                  {STATUSES.map((status) => (
                    <Table.Cell key={status} className="numeric">
                      {formatNumber(row.counts[status], language)}
                    </Table.Cell>
                  ))}
                  <Table.Cell className="numeric">{formatNumber(row.total, language)}</Table.Cell>
                  <Table.Cell className="numeric">{formatPercent(row.completedShare, language)}</Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}
