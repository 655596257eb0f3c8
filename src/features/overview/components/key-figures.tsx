import { Card, Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Summary } from '@/domain/api-contract';
import { formatNumber, formatPercent } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { keyFigures } from '../utils/key-figures';
import type { OverviewScope } from '../utils/measure-links';
import './overview.css';

/** The figures ministry staff look for first; each opens the list of exactly the measures it counts. */
export function KeyFigures({ summary, scope }: { summary: Summary; scope: OverviewScope }) {
  const { t } = useTranslation('overview');
  const language = useLanguage();
  return (
    <section aria-labelledby="figures-heading">
      <Heading level={2} data-size="sm" id="figures-heading" className="visually-hidden">
        {t('figures.label')}
      </Heading>
      <ul className="key-figures">
        {keyFigures(summary, scope).map((figure) => (
          <li key={figure.key}>
            <Card asChild data-color={figure.key === 'overdue' && figure.value > 0 ? 'danger' : 'neutral'}>
              <Link to={figure.href} className="key-figure">
                {/* The spaces keep the link's name readable ("Fullført 25 89 % av alle"); the flex layout hides them. */}
                <span className="key-figure__label">{t(`figures.${figure.key}`)}</span>{' '}
                <span className="key-figure__value">{formatNumber(figure.value, language)}</span>
                {figure.share !== undefined && (
                  <>
                    {' '}
                    <span className="key-figure__detail">{t('figures.completedShare', { share: formatPercent(figure.share, language) })}</span>
                  </>
                )}
              </Link>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
