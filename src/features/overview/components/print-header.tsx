import { useTranslation } from 'react-i18next';
import type { IsoDate } from '@/domain/date-point';
import type { Plan } from '@/domain/plan';
import { Localized } from '@/components/ui/localized';
import { PrintHeader } from '@/components/ui/print-header';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';

interface OverviewPrintHeaderProps {
  /** The plan shown, or null for all plans. */
  plan: Plan | null;
  asOf: IsoDate;
  compareTo: IsoDate | null;
}

/** Only on paper: the overview's plan, dates and filters. */
export function OverviewPrintHeader({ plan, asOf, compareTo }: OverviewPrintHeaderProps) {
  const { t } = useTranslation('overview');
  const language = useLanguage();
  return (
    <PrintHeader
      title={t('print.heading')}
      entries={[
        {
          label: t('plan.label'),
          value:
            plan === null ? (
              t('plan.all')
            ) : (
              <>
                {plan.reference} <Localized text={plan.title} />
              </>
            ),
        },
        { label: t('dates.asOf'), value: formatDate(asOf, language) },
        { label: t('dates.compareTo'), value: compareTo === null ? t('print.noComparison') : formatDate(compareTo, language) },
        { label: t('print.filters'), value: plan === null ? t('print.filtersAll') : t('print.filtersPlan', { plan: plan.reference }) },
      ]}
    />
  );
}
