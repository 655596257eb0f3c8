import { useTranslation } from 'react-i18next';
import type { IsoDate } from '@/domain/date-point';
import type { Plan } from '@/domain/plan';
import { Localized } from '@/components/ui/localized';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';

interface PrintHeaderProps {
  /** The plan shown, or null for all plans. */
  plan: Plan | null;
  asOf: IsoDate;
  compareTo: IsoDate | null;
}

/** Only on paper: what the printout shows (the plan, the dates), so that a page lifted from it still says so. */
export function PrintHeader({ plan, asOf, compareTo }: PrintHeaderProps) {
  const { t } = useTranslation('overview');
  const language = useLanguage();
  return (
    <div className="print-only print-header" data-print-header="">
      <p className="print-header__title">{t('print.heading')}</p>
      <dl>
        <div>
          <dt>{t('plan.label')}</dt>
          <dd>
            {plan === null ? (
              t('plan.all')
            ) : (
              <>
                {plan.reference} <Localized text={plan.title} />
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('dates.asOf')}</dt>
          <dd>{formatDate(asOf, language)}</dd>
        </div>
        <div>
          <dt>{t('dates.compareTo')}</dt>
          <dd>{compareTo === null ? t('print.noComparison') : formatDate(compareTo, language)}</dd>
        </div>
        <div>
          <dt>{t('print.filters')}</dt>
          <dd>{plan === null ? t('print.filtersAll') : t('print.filtersPlan', { plan: plan.reference })}</dd>
        </div>
      </dl>
    </div>
  );
}
