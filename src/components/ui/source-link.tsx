import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Source } from '@/domain/source';

/**
 * A source by its title: a link (opened in a new tab, without giving it this page) when its address is
 * known, otherwise the title and a note that the address is missing. The title (which editors write) is isolated
 * for direction, so that it never turns the text around it.
 */
export function SourceLink({ source }: { source: Source }) {
  const { t } = useTranslation();
  if (source.url === null) {
    return (
      <span>
        <bdi lang="nb">{source.title}</bdi> ({t('source.noUrl')})
      </span>
    );
  }
  return (
    <Link href={source.url} target="_blank" rel="noopener noreferrer" lang="nb">
      <bdi>{source.title}</bdi>
    </Link>
  );
}
