/**
 * The accessibility statement (/tilgjengelighet) as data, after the fields of Uutilsynet's statement: the
 * solution, its status against WCAG 2.1 AA, what is checked and how, what is known not to conform or has not been
 * tested, how to give feedback, the right to complain, and when it was last reviewed. The texts are in about.json
 * (`accessibility.*`); tests/features/about.test.tsx checks that every test named here exists and that the
 * automated axe check covers every page of src/app/page-routes.ts.
 */

/** Uutilsynet's three levels: the solution meets every requirement, some of them, or none. */
export type ConformanceStatus = 'full' | 'partial' | 'none';

/**
 * Partial, as measured: the automated checks find no violations, but the criteria in GAPS are known not to be met
 * or have not been tested, and a statement may claim only what has been checked.
 */
export const CONFORMANCE_STATUS: ConformanceStatus = 'partial';

/**
 * When the statement was written, and when it was last reviewed against the tests and the code: set by hand at
 * each review (not the build date), so that it never claims a review that did not happen.
 */
export const STATEMENT_CREATED = '2026-12-03';
export const STATEMENT_REVIEWED = '2026-12-03';

/** The supervisory authority for universal design of ICT, where a reader may complain. */
export const UUTILSYNET_URL = 'https://www.uutilsynet.no/';

export interface AccessibilityCheck {
  /** Its text in about.json (`accessibility.checks.<id>`). */
  id: 'axe' | 'states' | 'keyboard' | 'phone' | 'charts' | 'print' | 'languages' | 'noScript';
  /** The tests that do it, from the repository's root. */
  tests: readonly string[];
}

/** What the project's own tests check, run on every change (npm test, tests/e2e in Chromium). */
export const ACCESSIBILITY_CHECKS: readonly AccessibilityCheck[] = [
  { id: 'axe', tests: ['tests/e2e/accessibility.spec.ts', 'tests/e2e/support.ts'] },
  {
    id: 'states',
    tests: ['tests/e2e/overview.spec.ts', 'tests/e2e/analysis.spec.ts', 'tests/e2e/editing.spec.ts', 'tests/e2e/data.spec.ts', 'tests/e2e/measures.spec.ts', 'tests/e2e/report.spec.ts'],
  },
  { id: 'keyboard', tests: ['tests/e2e/keyboard.spec.ts', 'tests/e2e/overview.spec.ts', 'tests/e2e/analysis.spec.ts', 'tests/e2e/measures.spec.ts', 'tests/e2e/municipality.spec.ts'] },
  { id: 'phone', tests: ['tests/e2e/phone-layout.spec.ts', 'tests/e2e/overview.spec.ts', 'tests/e2e/analysis.spec.ts', 'tests/e2e/municipality.spec.ts', 'tests/e2e/report.spec.ts'] },
  { id: 'charts', tests: ['src/components/charts/chart-panel.tsx', 'tests/features/overview.test.tsx', 'tests/features/analysis.test.tsx'] },
  { id: 'print', tests: ['tests/e2e/print.spec.ts', 'tests/e2e/overview.spec.ts', 'tests/e2e/measures.spec.ts', 'tests/e2e/municipality.spec.ts', 'tests/e2e/report.spec.ts'] },
  { id: 'languages', tests: ['tests/e2e/journeys.spec.ts', 'tests/locales.test.ts'] },
  { id: 'noScript', tests: ['tests/e2e/frames.spec.ts'] },
];

/** The WCAG 2.1 success criteria the statement names, with the key of their name in about.json (`accessibility.criteria.<key>`). */
export const CRITERIA = {
  '1.3.1': 'infoAndRelationships',
  '1.4.10': 'reflow',
  '1.4.11': 'nonTextContrast',
  '1.4.12': 'textSpacing',
  '1.4.13': 'contentOnHover',
  '3.1.1': 'languageOfPage',
  '4.1.2': 'nameRoleValue',
  '4.1.3': 'statusMessages',
} as const;
export type Criterion = keyof typeof CRITERIA;

export interface AccessibilityGap {
  /** Its text in about.json (`accessibility.gaps.<id>`). */
  id: 'feedback' | 'chartTooltips' | 'screenReaders' | 'reflow' | 'textSpacing' | 'chartContrast' | 'documents';
  /** Known not to conform, or not tested (so not claimed). */
  kind: 'nonConforming' | 'notTested';
  /** The WCAG 2.1 success criteria, or none for a requirement of the regulation itself. */
  criteria: readonly Criterion[];
}

export const ACCESSIBILITY_GAPS: readonly AccessibilityGap[] = [
  // The regulation asks for a way to give feedback; no contact has been published yet.
  { id: 'feedback', kind: 'nonConforming', criteria: [] },
  // Recharts' tooltips open on hover and no key closes them (no Escape handler in src/components/charts or the charts).
  { id: 'chartTooltips', kind: 'nonConforming', criteria: ['1.4.13'] },
  { id: 'screenReaders', kind: 'notTested', criteria: ['1.3.1', '4.1.2', '4.1.3'] },
  // The phone tests run at 390 px; 320 CSS px (1280 px at 400 % zoom) is not tested.
  { id: 'reflow', kind: 'notTested', criteria: ['1.4.10'] },
  { id: 'textSpacing', kind: 'notTested', criteria: ['1.4.12'] },
  // axe measures the contrast of text, not of the charts' bars and lines.
  { id: 'chartContrast', kind: 'notTested', criteria: ['1.4.11'] },
  // report.spec.ts reads the Word file's headings, tables and lists; no accessibility checker has been run on it.
  { id: 'documents', kind: 'notTested', criteria: ['1.3.1', '3.1.1'] },
];
