import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Localized } from '@/components/ui/localized';
import { Section } from '@/components/ui/section';
import { VerificationTag } from '@/components/ui/verification-tag';
import type { MunicipalDutyItem, MunicipalityDuties } from '@/domain/municipality';
import type { Plan } from '@/domain/plan';
import { formatDate, formatDatePoint } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { dutyAnchor } from '../utils/duties-params';
import { dutyGroups, dutySourceUrls, measureLabel, type DutyGroup } from '../utils/duty-rows';
import { DutyItem } from './duty-item';
import './municipality.css';

interface MunicipalityDutiesViewProps {
  duties: MunicipalityDuties;
  plans: ReadonlyMap<string, Plan>;
  /** The address of this page, printed with the checklist. */
  pageUrl: string;
}

/**
 * The duties at the top of the page, one line each: what it is (a link to its card), since or from when, and
 * whether it is in force; not on paper, where the checklist is the summary.
 */
export function DutiesSummary({ duties }: { duties: Pick<MunicipalityDuties, 'inForce' | 'coming'> }) {
  const { t } = useTranslation('municipality');
  const language = useLanguage();
  const headingId = useId();
  const items = dutyGroups(duties).flatMap(({ group, items: inGroup }) => inGroup.map((duty) => ({ group, duty })));
  if (items.length === 0) return null;
  return (
    <nav aria-labelledby={headingId} className="duties-summary">
      <Heading level={2} data-size="xs" id={headingId}>
        {t('duties.summary.title')}
      </Heading>
      <ol className="duties-summary__list">
        {items.map(({ group, duty }) => (
          <li key={duty.obligation.id} className="duties-summary__item">
            <Link href={`#${dutyAnchor(duty.obligation.id)}`}>
              <Localized text={duty.obligation.plainLanguage} />
            </Link>
            <span className="duties-summary__meta">
              <Tag data-size="sm" data-color={group === 'in_force' ? 'success' : 'info'} variant="outline">
                {t(`duties.summary.status_${group}`)}
              </Tag>{' '}
              <time dateTime={duty.obligation.inForce.date}>
                {t(group === 'in_force' ? 'duties.summary.inForceSince' : 'duties.summary.appliesFrom', {
                  date: formatDatePoint(duty.obligation.inForce, language),
                })}
              </time>
              {duty.obligation.verified !== 'verified' && (
                <>
                  {' '}
                  <VerificationTag verified={duty.obligation.verified} />
                </>
              )}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The duties in force and coming, with the sources, as compact cards; on paper a checklist with a row per duty. */
export function MunicipalityDutiesView({ duties, plans, pageUrl }: MunicipalityDutiesViewProps) {
  const { t } = useTranslation('municipality');
  const language = useLanguage();
  const { municipality, source } = duties;
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
      <DutiesChecklist duties={duties} plans={plans} />
      <Paragraph data-size="sm" className="duties-source">
        {t('duties.municipalitySource')}{' '}
        <Link href={source.url} lang="nb">
          {source.title}
        </Link>
      </Paragraph>
      <div className="print-only duties-print-sources">
        <p>
          {t('duties.municipalitySource')} <span>{source.url}</span>
        </p>
        <p>{t('duties.print.page', { url: pageUrl })}</p>
      </div>
    </>
  );
}

/**
 * Only on paper: one row per duty, with a box to tick, what it requires and on what basis, since when, the
 * addresses of its sources, and empty columns for who is responsible, when it was checked and a comment.
 */
function DutiesChecklist({ duties, plans }: { duties: MunicipalityDuties; plans: ReadonlyMap<string, Plan> }) {
  const { t } = useTranslation('municipality');
  const rows = dutyGroups(duties).flatMap(({ group, items }) => items.map((duty) => ({ group, duty })));
  if (rows.length === 0) return null;
  return (
    <table className="duties-checklist">
      <caption className="visually-hidden">{t('duties.checklist.caption')}</caption>
      <colgroup>
        <col className="duties-checklist__col-done" />
        <col className="duties-checklist__col-duty" />
        <col className="duties-checklist__col-in-force" />
        <col className="duties-checklist__col-responsible" />
        <col className="duties-checklist__col-date" />
        <col className="duties-checklist__col-comment" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('duties.checklist.done')}</th>
          <th scope="col">{t('duties.checklist.duty')}</th>
          <th scope="col">{t('duties.checklist.inForce')}</th>
          <th scope="col">{t('duties.checklist.responsible')}</th>
          <th scope="col">{t('duties.checklist.date')}</th>
          <th scope="col">{t('duties.checklist.comment')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ group, duty }) => (
          <ChecklistRow key={duty.obligation.id} group={group} duty={duty} plans={plans} />
        ))}
      </tbody>
    </table>
  );
}

function ChecklistRow({ group, duty, plans }: { group: DutyGroup; duty: MunicipalDutyItem; plans: ReadonlyMap<string, Plan> }) {
  const { t } = useTranslation('municipality');
  const language = useLanguage();
  const urls = dutySourceUrls(duty);
  return (
    <tr>
      <td>
        <span className="duty__check" aria-hidden="true" />
      </td>
      <td>
        <strong className="duties-checklist__name">
          <Localized text={duty.obligation.plainLanguage} />
        </strong>
        <span className="duties-checklist__line" lang="nb">
          {duty.obligation.legalReference}
        </span>
        <span className="duties-checklist__line">
          {t('duties.checklist.measures', { measures: duty.measures.map((measure) => measureLabel(measure, plans)).join(', ') })}
        </span>
        {urls.length > 0 && (
          <span className="duties-checklist__line duties-checklist__sources">
            {t('duties.checklist.sources')}: {urls.join(' · ')}
          </span>
        )}
      </td>
      <td>
        {formatDatePoint(duty.obligation.inForce, language)}
        {group === 'coming' && <span className="duties-checklist__line">{t('duties.summary.status_coming')}</span>}
      </td>
      <td />
      <td />
      <td />
    </tr>
  );
}
