import { Link, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Area } from '@/domain/area';
import type { IsoDate } from '@/domain/date-point';
import type { MeasureSummary } from '@/domain/measure';
import { isOverdue } from '@/domain/overdue';
import { DeadlineText } from '@/components/ui/deadline-text';
import { Localized } from '@/components/ui/localized';
import { OverdueTag } from '@/components/ui/overdue-tag';
import { StatusTag } from '@/components/ui/status-tag';

interface MeasureTableProps {
  measures: MeasureSummary[];
  areas: Area[];
  today: IsoDate;
  caption: string;
}

export function MeasureTable({ measures, areas, today, caption }: MeasureTableProps) {
  const { t } = useTranslation('measures');
  const areaById = new Map(areas.map((area) => [area.id, area]));
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table zebra className="measure-table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('list.columns.number')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('list.columns.title')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('list.columns.area')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('list.columns.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('list.columns.deadline')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('list.columns.overdue')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {measures.map((measure) => {
            const area = areaById.get(measure.areaId);
            return (
              <Table.Row key={measure.id}>
                <Table.Cell>{measure.number}</Table.Cell>
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={`/tiltak/${measure.id}`}>
                      <Localized text={measure.title} />
                    </RouterLink>
                  </Link>
                </Table.Cell>
                <Table.Cell>{area ? <Localized text={area.name} /> : measure.areaId}</Table.Cell>
                <Table.Cell>
                  <StatusTag status={measure.status} />
                </Table.Cell>
                <Table.Cell>
                  <DeadlineText deadline={measure.deadline} />
                </Table.Cell>
                <Table.Cell>{isOverdue(measure, today) ? <OverdueTag /> : null}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
