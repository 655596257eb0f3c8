import { Link } from '@digdir/designsystemet-react';
import type { Source } from '@/domain/source';

/**
 * A source by its title: a link (opened in a new tab, without giving it this page) when its address is
 * known, otherwise the title alone, which names the source so that a reader can look it up. The title (which
 * editors write, in bokmål) is isolated for direction, so that it never turns the text around it.
 */
export function SourceLink({ source }: { source: Source }) {
  if (source.url === null) {
    return <bdi lang="nb">{source.title}</bdi>;
  }
  return (
    <Link href={source.url} target="_blank" rel="noopener noreferrer" lang="nb">
      <bdi>{source.title}</bdi>
    </Link>
  );
}
