import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Source } from '@/domain/source';

export function MeasureSources({ sources }: { sources: Source[] }) {
  const { t } = useTranslation('measures');
  return (
    <section aria-labelledby="sources-heading" className="measure-section">
      <Heading level={2} data-size="sm" id="sources-heading">
        {t('detail.sources')}
      </Heading>
      {sources.length === 0 ? (
        <Paragraph>{t('detail.sourcesNone')}</Paragraph>
      ) : (
        <ul className="source-list">
          {sources.map((source) => (
            <li key={`${source.ref ?? ''}${source.title}`}>
              {source.ref && <span className="source-list__ref">{source.ref}</span>}{' '}
              {source.url ? (
                <Link href={source.url} target="_blank" rel="noopener noreferrer" lang="nb">
                  {source.title}
                </Link>
              ) : (
                <span>
                  <span lang="nb">{source.title}</span> ({t('detail.sourceNoUrl')})
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
