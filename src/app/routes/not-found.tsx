import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';

export function NotFoundRoute() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <div className="page">
      <PageHeader title={t('notFound.title')} intro={t('notFound.body', { path: pathname })} />
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t('notFound.home')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
