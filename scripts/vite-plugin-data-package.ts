/**
 * The open data package of the static demo (docs/data-package.md): after the client build, dist/data/ gets
 * `datapackage.json` and one CSV per resource, made from the published dataset (mocks/fixtures) by the one
 * builder (src/domain/data-package.ts, through scripts/data-package-published.ts); `npm run dev` serves the same
 * files at /data/… and `vite preview` serves the built ones as it serves any file.
 *
 * Only with the embedded mock: a build for a real backend (VITE_API_BASE_URL) gets no files, since its /data page
 * links to the backend's own package (/api/datapackage, the database as it is now), and a copy of the published
 * dataset beside it would be one the app does not show.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport, type Plugin, type ResolvedConfig } from 'vite';

const ENTRY = 'scripts/data-package-published.ts';
const FILE = /^\/data\/([a-z_]+\.csv|datapackage\.json)$/;

type PublishedModule = typeof import('./data-package-published.ts');

function contentType(file: string): string {
  return file.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8';
}

export function dataPackagePlugin(mocking: boolean): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'tiltaksmonitor:data-package',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      if (!mocking || process.env.VITEST) return;
      server.middlewares.use((request, response, next) => {
        const file = FILE.exec(new URL(request.url ?? '/', 'http://localhost').pathname)?.[1];
        if (file === undefined || request.method !== 'GET') {
          next();
          return;
        }
        // Loaded through the dev server, so that a change to the fixtures or the builder shows at once.
        server
          .ssrLoadModule(`/${ENTRY}`)
          .then((module) => {
            const published = module as PublishedModule;
            const contents = published.dataPackageFiles(published.publishedDataPackage(new Date())).get(file);
            if (contents === undefined) {
              next();
              return;
            }
            response.setHeader('Content-Type', contentType(file));
            response.end(contents);
          })
          .catch(next);
      });
    },
    async writeBundle() {
      if (!mocking || config.command !== 'build' || config.build.ssr || process.env.VITEST) return;
      const { module } = await runnerImport<PublishedModule>(resolve(config.root, ENTRY), {
        root: config.root,
        logLevel: 'warn',
        resolve: { alias: config.resolve.alias },
      });
      const outDir = resolve(config.root, config.build.outDir, 'data');
      mkdirSync(outDir, { recursive: true });
      for (const [name, contents] of module.dataPackageFiles(module.publishedDataPackage(new Date()))) writeFileSync(join(outDir, name), contents);
    },
  };
}
