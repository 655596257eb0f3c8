import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { noQuerySchema } from '@/domain/api-contract';
import { buildDataPackage, descriptorJson, type DataPackage } from '@/domain/data-package';
import { DATA_PACKAGE_ENDPOINT } from '@/domain/data-package-descriptor';
import { today } from '@/lib/clock';
import type { ApiContext } from './api/context';
import { ENDPOINTS } from './api/handler';
import { parseQuery, problem } from './api/http';
import { createRouter, endpoint, type EndpointInput } from './api/router';
import type { Db } from './db/database';
import { metadata } from './db/schema';
import { feedEndpoints } from './feeds';

/**
 * The open data package of the real backend (docs/data-package.md, docs/api.md): `GET /api/datapackage`, the
 * descriptor, and `GET /api/datapackage/<resource>.csv`, each file, made by the one builder
 * (src/domain/data-package.ts) from the database as it is now, replayed to today as every endpoint is, so that
 * a download always matches what the app shows. Only the server has it: the in-browser mock stays small, and the
 * static demo has the published dataset's files in dist/data/ instead (scripts/vite-plugin-data-package.ts).
 *
 * The resources' paths are relative to the descriptor (`datapackage/measures.csv`, which a client resolves against
 * /api/datapackage to /api/datapackage/measures.csv), as the standard asks: no host name to get wrong behind a proxy.
 */
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

interface Built {
  key: string;
  pkg: DataPackage;
  descriptor: string;
}

async function currentPackage(input: EndpointInput, db: Db): Promise<Built> {
  const data = await input.snapshot();
  const date = today();
  const [[version], register] = await Promise.all([db.select().from(metadata).where(eq(metadata.key, 'dataset_version')), input.ctx.store.municipalityRegister()]);
  const datasetVersion = typeof version?.value === 'string' ? version.value : 'unversioned';
  const key = JSON.stringify([data.revision, date, datasetVersion]);
  const last = input.caches.get('data-package') as Built | undefined;
  if (last?.key === key) return last;
  const pkg = buildDataPackage(
    { datasetVersion, plans: data.plans, areas: data.areas, measures: data.measures, municipalities: register.municipalities, municipalitySource: register.source },
    { today: date, created: new Date().toISOString(), pathPrefix: 'datapackage/', sha256 },
  );
  const built = { key, pkg, descriptor: descriptorJson(pkg.descriptor) };
  input.caches.set('data-package', built);
  return built;
}

export function dataPackageEndpoints(db: Db) {
  const base = DATA_PACKAGE_ENDPOINT.replace(/^\/api/, '');
  return [
    endpoint('GET', base, async (input) => {
      parseQuery(input.request, noQuerySchema);
      const { descriptor } = await currentPackage(input, db);
      return new Response(descriptor, { headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' } });
    }),
    endpoint('GET', `${base}/:file`, async (input) => {
      parseQuery(input.request, noQuerySchema);
      const { pkg } = await currentPackage(input, db);
      const name = /^([a-z_]+)\.csv$/.exec(input.params.file ?? '')?.[1];
      const csv = name === undefined ? undefined : pkg.tables.get(name);
      if (name === undefined || csv === undefined) {
        return problem(404, 'Not Found', `The data package has no file ${input.params.file ?? ''}; its resources are ${[...pkg.tables.keys()].map((table) => `${table}.csv`).join(', ')}.`);
      }
      return new Response(csv, {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8; header=present',
          'Content-Disposition': `inline; filename="${name}.csv"`,
          'Cache-Control': 'no-cache',
        },
      });
    }),
  ];
}

/** The server's API: every endpoint of the shared core (server/api), the data package, and the Atom feeds (server/feeds.ts). */
export function createServerApiHandler(ctx: ApiContext, db: Db): (request: Request) => Promise<Response> {
  return createRouter([...ENDPOINTS, ...dataPackageEndpoints(db), ...feedEndpoints], ctx);
}
