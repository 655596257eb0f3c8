import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/layouts/page-header';
import { AccessibilityStatementView } from '@/features/about/components/accessibility-statement-view';

/** The accessibility statement (/tilgjengelighet), as the regulation on universal design of ICT asks for. */
export function AccessibilityRoute() {
  const { t } = useTranslation('about');
  return (
    <div className="page accessibility">
      <PageHeader title={t('accessibility.title')} intro={t('accessibility.intro')} />
      <AccessibilityStatementView datasetVersion={__DATASET_VERSION__} />
    </div>
  );
}
