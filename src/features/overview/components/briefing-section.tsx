import { Button, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { briefingFacts, STALLED_YEARS, type BriefingItem, type Concern } from '@/domain/briefing';
import type { IsoDate } from '@/domain/date-point';
import type { LastReason, MeasureSummary } from '@/domain/measure';
import type { Plan } from '@/domain/plan';
import { DataTable } from '@/components/charts/data-table';
import { Localized } from '@/components/ui/localized';
import { Section } from '@/components/ui/section';
import { StatusTag } from '@/components/ui/status-tag';
import { formatDate, formatDatePoint, formatNumber } from '@/lib/format';
import { useLanguage, useLocalized } from '@/lib/use-localized';
import { briefingText } from '../utils/briefing-text';
import { measuresListHref, type OverviewScope } from '../utils/measure-links';

/** The most measures the list shows; the rest are counted, and the list links on. */
const MAX_BRIEFING_ITEMS = 50;

interface BriefingSectionProps {
  measures: readonly MeasureSummary[];
  /** The date the measures describe. */
  asOf: IsoDate;
  plans: readonly Plan[];
  scope: OverviewScope;
}

/**
 * What a briefing must mention besides the key figures: the late, at-risk and stalled measures with their last
 * reason, the open measures without a deadline and the facts not verified, with the whole as plain text to copy.
 */
export function BriefingSection({ measures, asOf, plans, scope }: BriefingSectionProps) {
  const { t } = useTranslation(['overview', 'common']);
  const language = useLanguage();
  const pick = useLocalized();
  // Each summary carries its last reason on the date shown (src/domain/measure-summary.ts): no history to read.
  const facts = useMemo(() => briefingFacts(measures, asOf), [measures, asOf]);
  const shown = facts.items.slice(0, MAX_BRIEFING_ITEMS);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');

  const n = (value: number) => formatNumber(value, language);
  const date = formatDate(asOf, language);
  const planName = (planId: string) => plans.find((plan) => plan.id === planId)?.reference ?? planId;
  const concernText = (concern: Concern) => t(`briefing.concern.${concern}`, { years: STALLED_YEARS });
  const measureName = (item: BriefingItem) => t('briefing.measureName', { plan: planName(item.measure.planId), number: item.measure.number });
  const sinceText = (item: BriefingItem) =>
    t('briefing.since', { status: t(`common:status.${item.measure.status}`), date: formatDatePoint(item.measure.statusSince, language) });
  const verificationText = (item: BriefingItem) => (item.measure.verified === 'verified' ? null : t(`briefing.verification.${item.measure.verified}`));
  const factLines = [
    t('briefing.facts.overdue', { count: facts.overdue, n: n(facts.overdue) }),
    t('briefing.facts.atRisk', { count: facts.atRisk, n: n(facts.atRisk) }),
    t('briefing.facts.stalled', { count: facts.stalled, n: n(facts.stalled), years: STALLED_YEARS }),
    t('briefing.facts.withoutDeadline', { count: facts.openWithoutDeadline, n: n(facts.openWithoutDeadline) }),
    t('briefing.facts.unverified', { count: facts.unverified, n: n(facts.unverified), partial: n(facts.partial) }),
  ];
  const reasonText = (reason: LastReason) => t('briefing.reason', { date: formatDatePoint(reason.effective, language), reason: reason.text });

  const copy = async () => {
    const text = briefingText(shown, {
      heading: t('briefing.textHeading', { date, plan: scope.plan === null ? t('plan.all') : planName(scope.plan) }),
      facts: factLines,
      listHeading: t('briefing.listTitle'),
      none: t('briefing.none'),
      measure: (item) => `${measureName(item)}: ${pick(item.measure.title).value}`,
      detail: (item) => [sinceText(item), ...item.concerns.map(concernText), verificationText(item)].filter((part) => part !== null).join('; '),
      reason: reasonText,
      footer: t('briefing.textFooter', { link: typeof window === 'undefined' ? '' : window.location.href }),
    });
    try {
      // navigator.clipboard is missing outside secure contexts (typed as always there): the call throws, and the page says so.
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <Section title={t('briefing.title')} className="chart-panel briefing">
      <ul className="briefing__facts">
        <li>
          <Link asChild>
            <RouterLink to={measuresListHref({ overdue: true }, scope)}>{factLines[0]}</RouterLink>
          </Link>
        </li>
        <li>
          <Link asChild>
            <RouterLink to={measuresListHref({ status: 'at_risk' }, scope)}>{factLines[1]}</RouterLink>
          </Link>
        </li>
        {factLines.slice(2).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {facts.items.length === 0 ? (
        <Paragraph>{t('briefing.none')}</Paragraph>
      ) : (
        <DataTable
          caption={t('briefing.caption', { date })}
          columns={[
            { key: 'measure', label: t('briefing.measure') },
            { key: 'status', label: t('briefing.status') },
            { key: 'why', label: t('briefing.why') },
            { key: 'reason', label: t('briefing.lastReason') },
          ]}
          rows={shown.map((item) => {
            const reason = item.measure.lastReason;
            return {
              key: item.measure.id,
              header: (
                <Link asChild>
                  <RouterLink to={`/tiltak/${item.measure.id}`}>
                    {measureName(item)}: <Localized text={item.measure.title} />
                  </RouterLink>
                </Link>
              ),
              cells: [
                <span key="status" className="tag-row">
                  <StatusTag status={item.measure.status} />{' '}
                  <span>{t('briefing.sinceDate', { date: formatDatePoint(item.measure.statusSince, language) })}</span>
                </span>,
                <span key="why" className="tag-row">
                  {[...item.concerns.map(concernText), ...(verificationText(item) === null ? [] : [verificationText(item)])].map((text, index) => (
                    <Fragment key={text}>
                      {index > 0 && ' '}
                      <Tag data-color={index < item.concerns.length && item.concerns[index] !== 'stalled' ? 'danger' : 'warning'} data-size="sm" variant="outline">
                        {text}
                      </Tag>
                    </Fragment>
                  ))}
                </span>,
                reason === null ? (
                  '–'
                ) : (
                  <span key="reason">
                    {formatDatePoint(reason.effective, language)}:{' '}
                    <span lang={reason.language === language ? undefined : reason.language}>{reason.text}</span>
                  </span>
                ),
              ],
            };
          })}
        />
      )}
      {facts.items.length > shown.length && <Paragraph data-size="sm">{t('briefing.more', { shown: n(shown.length), total: n(facts.items.length) })}</Paragraph>}
      <div className="briefing__copy print-hidden">
        <Button variant="secondary" data-size="sm" onClick={() => void copy()}>
          {t('briefing.copy')}
        </Button>
        <Paragraph data-size="sm" role="status">
          {copied === 'copied' ? t('briefing.copied') : copied === 'failed' ? t('briefing.copyFailed') : ''}
        </Paragraph>
      </div>
    </Section>
  );
}
