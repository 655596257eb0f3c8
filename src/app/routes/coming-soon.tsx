import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/layouts/page-header';

/** Placeholder pages that say what is coming (issue 7 fills them). */
function ComingSoon({ page }: { page: 'municipality' }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeader title={t(`comingSoon.${page}.title`)} intro={t(`comingSoon.${page}.body`)}>
        <Tag data-color="info">{t('comingSoon.label')}</Tag>
      </PageHeader>
    </div>
  );
}

export function MunicipalityRoute() {
  return <ComingSoon page="municipality" />;
}
