import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { apiBaseUrl, isMockingEnabled } from '@/lib/env';
import { FEED_TYPE, feedTarget } from './feed-link-target';

/**
 * While the page is shown, its feed in the document's head (`<link rel="alternate" type="application/atom+xml">`),
 * where feed readers and browsers look for it; removed when the page leaves. As the title is set (use-document-title).
 */
export function useFeedHeadLink(href: string | null, title: string) {
  useEffect(() => {
    if (href === null) return;
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.type = FEED_TYPE;
    link.title = title;
    link.href = href;
    document.head.append(link);
    return () => link.remove();
  }, [href, title]);
}

interface FeedLinkProps {
  /** The feed's path at the API (`feedPaths`). */
  path: string;
  /** What the feed is about, for feed readers (the head link's title) and screen readers: "Endringer i …". */
  title: string;
}

/**
 * «Abonner»: a link to the page's Atom feed of changes, and the same feed in the document's head. In the demo
 * with the embedded mock API there is no server to serve feeds: a short text says so instead of a dead link.
 */
export function FeedLink({ path, title }: FeedLinkProps) {
  const { t } = useTranslation();
  const target = feedTarget(path, isMockingEnabled(), apiBaseUrl());
  useFeedHeadLink(target.kind === 'feed' ? target.href : null, title);
  if (target.kind === 'needs-backend') {
    return (
      <Paragraph data-size="sm" className="feed-link feed-link--unavailable">
        {t('feed.needsBackend')}
      </Paragraph>
    );
  }
  return (
    <Paragraph data-size="sm" className="feed-link">
      <Link href={target.href} type={FEED_TYPE}>
        {t('feed.subscribe')}
        <span className="visually-hidden">: {title}</span>
      </Link>{' '}
      <span className="feed-link__hint">{t('feed.hint')}</span>
    </Paragraph>
  );
}
