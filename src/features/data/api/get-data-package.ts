import { queryOptions, useQuery } from '@tanstack/react-query';
import { DATA_PACKAGE_ENDPOINT, dataPackageSummarySchema, DESCRIPTOR_FILE, STATIC_DATA_DIR, type DataPackageSummary } from '@/domain/data-package-descriptor';
import { apiRequest, buildUrl } from '@/lib/api-client';
import { isMockingEnabled } from '@/lib/env';
import { measureKeys } from '@/lib/measures/measure-keys';

/**
 * Where the open data package is: with the embedded mock (the static demo), the published dataset's files beside
 * the app (/data/datapackage.json, written at build); with a real backend, its package of the database as it is
 * now (/api/datapackage). `live` says which, so that the page can say what the files hold.
 */
export function dataPackageLocation(): { path: string; live: boolean } {
  return isMockingEnabled() ? { path: `/${STATIC_DATA_DIR}/${DESCRIPTOR_FILE}`, live: false } : { path: DATA_PACKAGE_ENDPOINT, live: true };
}

/** The descriptor's address: each file's `path` is relative to it. */
export function descriptorUrl(): string {
  return buildUrl(dataPackageLocation().path);
}

export function getDataPackage(signal?: AbortSignal): Promise<DataPackageSummary> {
  return apiRequest(dataPackageLocation().path, dataPackageSummarySchema, { signal });
}

/** Under `measureKeys.all`: a backend's package is made from the measures, so that an edit refreshes it. */
export const dataPackageQueryOptions = () =>
  queryOptions({
    queryKey: [...measureKeys.all, 'data-package'] as const,
    queryFn: ({ signal }) => getDataPackage(signal),
  });

export function useDataPackage() {
  return useQuery(dataPackageQueryOptions());
}
