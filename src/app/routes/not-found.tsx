import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { useFrame } from '@/components/layouts/frame-context';
import { PageHeader } from '@/components/layouts/page-header';

export function NotFoundRoute() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // The frame serves every unknown address: it names none until the page knows which.
  const path = useFrame().prerendering ? '…' : pathname;
  return (
    <div className="page">
      <PageHeader title={t('notFound.title')} intro={t('notFound.body', { path })} />
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t('notFound.home')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
