/**
 * The import direction of docs/development.md, as lint rules, so that it holds without anyone remembering it:
 *
 *   domain ← lib (and stores, locales) ← components ← features ← app
 *
 * Each layer may import the layers to its left and never those to its right; a feature never imports another
 * feature (what two features share moves down into domain/, lib/ or components/); nothing in src/ but the app's
 * start imports the mock. Used by eslint.config.js; tests/lint/import-direction.test.ts lints examples with it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const FEATURES = readdirSync(join(import.meta.dirname ?? process.cwd(), import.meta.dirname ? '../src/features' : 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layer = (name, message) => ({ regex: `^@/${name}(/|$)`, message });
const MOCKS = { regex: '^(@mocks(/|$)|(\\.\\./)+mocks(/|$))', message: 'Only the app’s start (src/main.tsx) and the build-time frames reach the mock.' };
const APP = layer('app', 'Nothing imports the app: it is the top layer.');
const FEATURE = layer('features', 'Only the app imports features; what is shared moves into domain/, lib/ or components/.');
const COMPONENTS = layer('components', 'lib/ sits below components/: move what both need into lib/ or domain/.');
const UPWARDS_FROM_DOMAIN = [
  layer('lib', 'domain/ is pure TypeScript: it imports nothing from lib/.'),
  layer('stores', 'domain/ is pure TypeScript: it imports no stores.'),
  layer('locales', 'domain/ is pure TypeScript: it imports no texts.'),
  { regex: '^react(-dom|-i18next|-router)?(/|$)', message: 'domain/ is pure TypeScript, without React.' },
  { regex: '^@tanstack/', message: 'domain/ is pure TypeScript: no queries.' },
];

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

/** The flat-config blocks, with paths relative to the repository's root. */
export const importDirection = [
  { files: ['src/domain/**/*.{ts,tsx}'], rules: restrict([APP, FEATURE, COMPONENTS, MOCKS, ...UPWARDS_FROM_DOMAIN]) },
  { files: ['src/{lib,stores,locales}/**/*.{ts,tsx}'], rules: restrict([APP, FEATURE, COMPONENTS, MOCKS]) },
  { files: ['src/components/**/*.{ts,tsx}'], rules: restrict([APP, FEATURE, MOCKS]) },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: restrict([
      APP,
      MOCKS,
      { regex: `^@/features/(?!${feature}/)`, message: `A feature never imports another feature (here: ${feature}); move what both need into domain/, lib/ or components/.` },
      { regex: '^\\.\\./\\.\\./', message: 'Relative imports stay inside the feature; use @/ for the layers below.' },
    ]),
  })),
  { files: ['mocks/**/*.ts'], rules: restrict([APP, FEATURE, COMPONENTS, layer('stores', 'The mock knows no UI state.')]) },
];
