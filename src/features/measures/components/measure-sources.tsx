import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Source } from '@/domain/source';
import { Section } from '@/components/ui/section';
import { SourceLink } from '@/components/ui/source-link';

export function MeasureSources({ sources }: { sources: Source[] }) {
  const { t } = useTranslation('measures');
  return (
    <Section title={t('detail.sources')}>
      {sources.length === 0 ? (
        <Paragraph>{t('detail.sourcesNone')}</Paragraph>
      ) : (
        <ul className="source-list">
          {sources.map((source) => (
            <li key={source.url ?? source.title}>
              <SourceLink source={source} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
