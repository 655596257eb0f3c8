import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/layouts/page-header';
import { QueryState } from '@/components/ui/query-state';
import { dataPackageLocation, descriptorUrl, useDataPackage } from '@/features/data/api/get-data-package';
import { DataPackageView } from '@/features/data/components/data-package-view';

/**
 * The open data (/data): the whole dataset as a Frictionless Data Package, what is in it, how it is made, how to
 * cite it, and its files: the demo's published files (/data/…), or a backend's package of its database now.
 */
export function DataRoute() {
  const { t } = useTranslation('data');
  const query = useDataPackage();
  return (
    <div className="page data">
      <PageHeader title={t('title')} intro={t('intro')} />
      <QueryState query={query} loadingLabel={t('loading')} isEmpty={(pkg) => pkg.resources.length === 0} empty={t('empty')}>
        {(pkg) => <DataPackageView pkg={pkg} descriptor={descriptorUrl()} live={dataPackageLocation().live} />}
      </QueryState>
    </div>
  );
}
