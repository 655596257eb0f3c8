/**
 * The published dataset (mocks/fixtures, the data the embedded mock and a fresh server start from) as the open
 * data package's files: `datapackage.json` and one CSV per resource, replayed to the day it is made. Loaded by
 * scripts/vite-plugin-data-package.ts, which writes them into dist/data/ at build and serves them in dev.
 */
import { createHash } from 'node:crypto';
import { checkedDatasetInput } from '@mocks/fixtures/checked';
import { buildDataPackage, descriptorJson, type DataPackage } from '@/domain/data-package';
import { DESCRIPTOR_FILE } from '@/domain/data-package-descriptor';
import { isoDateInOslo, type IsoDate } from '@/domain/date-point';

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The package of the fixtures, its histories replayed to `today` (Norway's date of `created` unless given). */
export function publishedDataPackage(created: Date, today: IsoDate = isoDateInOslo(created)): DataPackage {
  // The files checked before they are built: a file out of the format stops the build, naming the file and the place.
  return buildDataPackage(checkedDatasetInput(), { today, created: created.toISOString(), pathPrefix: '', sha256 });
}

/** The files by name: datapackage.json, plans.csv, areas.csv … */
export function dataPackageFiles(pkg: DataPackage): Map<string, string> {
  return new Map([[DESCRIPTOR_FILE, descriptorJson(pkg.descriptor)], ...[...pkg.tables].map(([name, csv]): [string, string] => [`${name}.csv`, csv])]);
}
