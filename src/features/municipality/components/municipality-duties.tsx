import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Section } from '@/components/ui/section';
import type { MunicipalityDuties } from '@/domain/municipality';
import type { Plan } from '@/domain/plan';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { dutyGroups, dutySourceUrls } from '../utils/duty-rows';
import { DutyItem } from './duty-item';
import './municipality.css';

interface MunicipalityDutiesViewProps {
  duties: MunicipalityDuties;
  plans: ReadonlyMap<string, Plan>;
  /** The address of this page, printed with the checklist. */
  pageUrl: string;
}

/** The duties in force and coming, with the sources; on paper a checklist with a box per duty. */
export function MunicipalityDutiesView({ duties, plans, pageUrl }: MunicipalityDutiesViewProps) {
  const { t } = useTranslation('municipality');
  const language = useLanguage();
  const { municipality, source } = duties;
  const sourceUrls = [...new Set([source.url, ...[...duties.inForce, ...duties.coming].flatMap(dutySourceUrls)])];
  return (
    <>
      <div className="print-only duties-print-header">
        <p className="duties-print-header__title">{t('duties.print.heading', { name: municipality.name, number: municipality.number })}</p>
        <p>{t('duties.print.dataAsOf', { date: formatDate(duties.asOf, language) })}</p>
      </div>
      {dutyGroups(duties).map(({ group, items }) => (
        <Section key={group} title={t(`duties.groups.${group}`, { count: items.length })} className="page-section duties-group">
          {items.length === 0 ? (
            <Paragraph>{t(`duties.groups.${group}Empty`)}</Paragraph>
          ) : (
            <ul className="card-list duties-list">
              {items.map((duty) => (
                <li key={duty.obligation.id}>
                  <DutyItem duty={duty} group={group} plans={plans} />
                </li>
              ))}
            </ul>
          )}
        </Section>
      ))}
      <Paragraph data-size="sm" className="duties-source">
        {t('duties.municipalitySource')}{' '}
        <Link href={source.url} lang="nb">
          {source.title}
        </Link>
      </Paragraph>
      <div className="print-only duties-print-sources">
        <p>{t('duties.print.sources')}:</p>
        <ul>
          {sourceUrls.map((url) => (
            <li key={url}>{url}</li>
          ))}
        </ul>
        <p>{t('duties.print.page', { url: pageUrl })}</p>
      </div>
    </>
  );
}
