import { useTranslation } from 'react-i18next';
import { CalendarDownload } from '@/components/ui/calendar-download';
import { textIn } from '@/domain/localized-text';
import type { MunicipalityDuties } from '@/domain/municipality';
import type { Plan } from '@/domain/plan';
import { calendarFile } from '@/lib/calendar';
import { formatDatePoint } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { dutyCalendar, dutyCalendarFileName } from '../utils/duty-calendar';

interface DutiesCalendarProps {
  duties: MunicipalityDuties;
  plans: ReadonlyMap<string, Plan>;
  /** The address of the municipality's page (today's), which each event links back to. */
  pageUrl: string;
}

/**
 * «Legg til i kalender»: the duties in force and coming as all-day events on the day each came or comes into
 * force; a duty known only to a month or a year is named here instead of being put on a made-up day.
 */
export function DutiesCalendar({ duties, plans, pageUrl }: DutiesCalendarProps) {
  const { t } = useTranslation('municipality');
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  const { municipality } = duties;
  const { events, leftOut } = dutyCalendar(duties, {
    language,
    plans,
    pageUrl,
    texts: {
      title: (duty) => t('duties.calendar.event', { duty }),
      legalBasis: tCommon('obligation.legalReference'),
      measures: t('duties.duty.measures'),
      note: tCommon('obligation.note'),
      verification: (verified) => `${tCommon('verification.label')}: ${tCommon(`verification.${verified}`)}`,
      appliesToAll: t('duties.calendar.appliesToAll'),
    },
  });
  const header = { name: t('duties.calendar.name', { name: municipality.name }), language };
  return (
    <CalendarDownload
      label={t('duties.calendar.label')}
      description={t('duties.calendar.description')}
      button={t('duties.calendar.download')}
      file={events.length === 0 ? null : () => calendarFile(dutyCalendarFileName(municipality.number), events, header)}
      empty={t('duties.calendar.empty')}
      leftOut={
        leftOut.length === 0
          ? null
          : {
              text: t('duties.calendar.leftOut', { count: leftOut.length }),
              items: leftOut.map(({ item, point }) => ({
                key: item.obligation.id,
                label: t(point.precision === 'year' ? 'duties.calendar.knownYear' : 'duties.calendar.knownMonth', {
                  duty: textIn(item.obligation.plainLanguage, language),
                  date: formatDatePoint(point, language),
                }),
              })),
            }
      }
    />
  );
}
