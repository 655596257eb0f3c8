import type { Plugin } from 'vite';

/**
 * Which of the app's modules two or more of its parts use, the embedded mock left out: the `shared` chunk's test
 * (vite.config.ts). Rolldown's own count (`minShareCount`) counts the mock as a part too, so that a rule only one
 * page and the mock need (the editing rules, the change log's schema) went into the chunk every page loads.
 *
 * A part is the entry or a module something imports lazily (a page, a lazy panel), outside mocks/ and server/;
 * it uses what it reaches by static imports without passing through the mock. What the start-up loads (the entry
 * and what it imports lazily at once) counts twice: every page loads it anyway. Counted once the module graph is
 * complete (buildEnd), before the chunks are made.
 */
export function appSharing(): { plugin: Plugin; usedByParts: (id: string) => number } {
  let parts = new Map<string, number>();
  const isMock = (id: string) => /[\\/](mocks|server)[\\/]/.test(id);
  return {
    usedByParts: (id) => parts.get(id) ?? 0,
    plugin: {
      name: 'tiltaksmonitor:app-sharing',
      // The client build only: the frames' server-side build (scripts/vite-plugin-frames.ts) loads this config
      // again, and makes no chunks whose test would read the counts.
      apply: (config, { command }) => command === 'build' && !config.build?.ssr,
      buildEnd() {
        const info = (id: string) => this.getModuleInfo(id);
        const roots = [...this.getModuleIds()].filter((id) => !isMock(id) && (info(id)?.isEntry === true || (info(id)?.dynamicImporters.length ?? 0) > 0));
        const entries = new Set(roots.filter((id) => info(id)?.isEntry === true));
        const startUp = (root: string) => entries.has(root) || (info(root)?.dynamicImporters ?? []).some((importer) => entries.has(importer));
        const counts = new Map<string, number>();
        for (const root of roots) {
          const seen = new Set<string>([root]);
          const stack = [root];
          for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
            for (const next of info(id)?.importedIds ?? []) {
              if (seen.has(next) || isMock(next)) continue;
              seen.add(next);
              stack.push(next);
            }
          }
          const weight = startUp(root) ? 2 : 1;
          for (const id of seen) counts.set(id, (counts.get(id) ?? 0) + weight);
        }
        parts = counts;
      },
    },
  };
}
