import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Source } from '@/domain/source';

/** A source by its title: a link when its address is known, otherwise the title and a note that it is missing. */
export function SourceLink({ source }: { source: Source }) {
  const { t } = useTranslation('measures');
  if (source.url === null) {
    return (
      <span>
        <span lang="nb">{source.title}</span> ({t('detail.sourceNoUrl')})
      </span>
    );
  }
  return (
    <Link href={source.url} target="_blank" rel="noopener noreferrer" lang="nb">
      {source.title}
    </Link>
  );
}
