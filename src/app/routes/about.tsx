import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/layouts/page-header';
import { AboutView } from '@/features/about/components/about-view';

/** About the service (/om): what it is, where its facts come from, how they are set, and what it stores in the browser. */
export function AboutRoute() {
  const { t } = useTranslation('about');
  return (
    <div className="page about">
      <PageHeader title={t('about.title')} intro={t('about.intro')} />
      <AboutView datasetVersion={__DATASET_VERSION__} />
    </div>
  );
}
