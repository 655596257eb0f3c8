import { Card, Heading } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Obligation } from '@/domain/measure';
import type { Source } from '@/domain/source';
import { formatDatePoint } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { Fact, Facts } from './facts';
import { Localized } from './localized';
import { SourceLink } from './source-link';
import { VerificationTag } from './verification-tag';

interface ObligationCardProps {
  obligation: Obligation;
  /** What the in-force date is called; "Applies from" when left out. */
  inForceLabel?: string;
  /** Said right after the in-force date (that only its year is known, say). */
  inForceNote?: ReactNode;
  /** Facts of the page's own, after the in-force date (a duty's measures). */
  children?: ReactNode;
  /** `doubtful`: say how well it is verified only when it is not fully (a list of many cards). */
  verification?: 'always' | 'doubtful';
  /** The sources behind it, each once; none shown when left out. */
  sources?: readonly Source[];
  /** Before the text, e.g. a box to tick on a printed checklist (hidden from assistive technology). */
  marker?: ReactNode;
  /** Facts on a line each, label and value side by side (a page with many cards, on a phone). */
  compact?: boolean;
  /** For links that jump to the card. */
  id?: string;
  className?: string;
}

/**
 * A legal duty on the municipalities: in plain words, what it requires, on what legal basis, from when,
 * how well it is verified and any note; the page adds what it knows besides. Where tying it to its measures
 * is an interpretation, it says so first, with the source.
 */
export function ObligationCard({
  obligation,
  inForceLabel,
  inForceNote,
  children,
  verification = 'always',
  sources,
  marker,
  compact = false,
  id,
  className,
}: ObligationCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const classes = ['obligation-card', compact ? 'obligation-card--compact' : null, className ?? null].filter((name) => name !== null).join(' ');
  return (
    <Card data-color="neutral" className={classes} id={id}>
      {marker}
      <div className="obligation-card__body">
        <Heading level={3} data-size="2xs">
          <Localized text={obligation.plainLanguage} />
        </Heading>
        {obligation.interpretation && (
          <div className="obligation-card__interpretation">
            <p>
              <strong>{t('obligation.interpretation')}</strong> <Localized text={obligation.interpretation.text} />
            </p>
            <p>
              {t('obligation.interpretationSource')} <SourceLink source={obligation.interpretation.source} />
            </p>
          </div>
        )}
        <Facts compact>
          <Fact label={t('obligation.requires')}>
            <Localized text={obligation.requires} />
          </Fact>
          <Fact label={t('obligation.legalReference')} lang="nb">
            {obligation.legalReference}
          </Fact>
          <Fact label={inForceLabel ?? t('obligation.inForce')}>
            <time dateTime={obligation.inForce.date}>{formatDatePoint(obligation.inForce, language)}</time>
            {inForceNote}
          </Fact>
          {children}
          {(verification === 'always' || obligation.verified !== 'verified') && (
            <Fact label={t('verification.label')}>
              <VerificationTag verified={obligation.verified} />
            </Fact>
          )}
          {obligation.note && (
            <Fact label={t('obligation.note')}>
              <Localized text={obligation.note} />
            </Fact>
          )}
          {sources !== undefined && sources.length > 0 && (
            <Fact label={t('obligation.sources')}>
              {compact ? (
                <details className="obligation-card__more">
                  <summary>{t('obligation.showSources', { total: sources.length })}</summary>
                  <SourceList sources={sources} />
                </details>
              ) : (
                <SourceList sources={sources} />
              )}
            </Fact>
          )}
        </Facts>
      </div>
    </Card>
  );
}

function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className="obligation-card__sources">
      {sources.map((source) => (
        <li key={source.url ?? source.title}>
          <SourceLink source={source} />
        </li>
      ))}
    </ul>
  );
}
