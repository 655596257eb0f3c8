import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarDownload } from '@/components/ui/calendar-download';
import { textIn } from '@/domain/localized-text';
import type { MeasureSummary } from '@/domain/measure';
import { calendarFile } from '@/lib/calendar';
import { formatDatePoint, formatNumber } from '@/lib/format';
import { deadlineCalendar, deadlineCalendarFileName, leftOutLabel } from '../utils/deadline-calendar';
import type { ExportContext, ExportMeta } from '../utils/export-rows';

/** How many of the measures left out are named; the rest are counted. */
const NAMED = 10;

interface DeadlinesCalendarProps {
  measures: readonly MeasureSummary[];
  context: ExportContext;
  meta: ExportMeta;
}

/**
 * «Legg til i kalender»: the deadlines of the open measures in the view, as all-day events. A deadline known only
 * to a year («i 2016») or a month is not a day: those are named beside the button instead of put in the file.
 */
export function DeadlinesCalendar({ measures, context, meta }: DeadlinesCalendarProps) {
  const { t } = useTranslation('measures');
  const { t: tCommon } = useTranslation();
  const { language, plans } = context;
  const calendar = useMemo(
    () =>
      deadlineCalendar(measures, {
        language,
        plans,
        measureUrl: (id) => `${window.location.origin}/tiltak/${id}`,
        texts: {
          title: (kind, measure) => t(`list.calendar.event_${kind}`, { measure }),
          stated: t('list.calendar.stated'),
          responsible: t('detail.responsible'),
          status: (status) => `${t('detail.status')}: ${tCommon(`status.${status}`)}`,
        },
      }),
    [measures, language, plans, t, tCommon],
  );
  const { events, leftOut } = calendar;
  const name = deadlineCalendarFileName({ exportedOn: meta.exportedOn, asOf: meta.asOf, synthetic: measures.some((measure) => measure.synthetic) });
  const header = { name: t('list.calendar.name'), language };
  const named = leftOut.slice(0, NAMED);
  return (
    <CalendarDownload
      label={t('list.calendar.label')}
      description={t('list.calendar.description')}
      button={t('list.calendar.download')}
      file={events.length === 0 ? null : () => calendarFile(name, events, header)}
      empty={t('list.calendar.empty')}
      leftOut={
        leftOut.length === 0
          ? null
          : {
              text: t('list.calendar.leftOut', { count: leftOut.length, total: formatNumber(leftOut.length, language) }),
              items: named.map(({ item, point }) => ({
                key: item.id,
                label: t(point.precision === 'year' ? 'list.calendar.knownYear' : 'list.calendar.knownMonth', {
                  measure: leftOutLabel(item, plans),
                  stated: textIn(item.deadline.stated, language),
                  date: formatDatePoint(point, language),
                }),
              })),
              more: leftOut.length > NAMED ? t('list.calendar.more', { count: leftOut.length - NAMED, more: formatNumber(leftOut.length - NAMED, language) }) : undefined,
            }
      }
    />
  );
}
