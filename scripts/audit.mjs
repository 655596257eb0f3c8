#!/usr/bin/env node
/**
 * npm run audit: each main route against its static floor, side by side in one run, with Lighthouse's
 * mobile profile in Debian's Chromium; then the long tasks of the 10,000-measure views (long-tasks.mjs).
 *
 * The floor of a route is the same route after it has rendered, saved as static HTML with its CSS and no
 * scripts: the same pixels, zero JavaScript (see floors.mjs). It is served by the same `vite preview` of
 * the same build, so the app and its floor differ only in their JavaScript. App and floor are audited one
 * after the other, `--runs` times each (default 3), and the median of each figure is reported.
 *
 *   npm run audit                         build, floors, Lighthouse, long tasks
 *   node scripts/audit.mjs --routes=/,/analyse --runs=1 --no-long-tasks     (after a build)
 *   node scripts/audit.mjs --before=../old-dist                            also an older build, run by run
 *
 * With --before=<folder of another build>, that build is served beside this one and audited in the same runs,
 * before this one's app and floor: before against after, side by side.
 *
 * Writes .lighthouse/audit.json and .lighthouse/audit.md, and the Lighthouse reports of every run.
 * Exits 1 when a route misses a target of issue 10 (see TARGETS); never run in CI (it times things).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { makeFloors, MAIN_ROUTES } from './floors.mjs';
import { measureLongTasks, printLongTasks } from './long-tasks.mjs';
import { startPreview } from './preview.mjs';

export const TARGETS = {
  score: 0.9,
  scoreOfFloor: 0.95,
  tbtMs: 150,
  cls: 0.02,
  lcpAboveFloorMs: 400,
  accessibility: 1,
};

const LIGHTHOUSE = 'lighthouse@13.5.0';
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

const args = Object.fromEntries(process.argv.slice(2).map((arg) => {
  const [key, value] = arg.replace(/^--/, '').split('=');
  return [key, value ?? 'true'];
}));
const runs = Number(args.runs ?? process.env.AUDIT_RUNS ?? 3);
const routes = args.routes ? MAIN_ROUTES.filter((route) => args.routes.split(',').includes(route.path)) : MAIN_ROUTES;
const chrome = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

mkdirSync('.lighthouse/runs', { recursive: true });
const port = Number(process.env.AUDIT_PORT ?? 4180);
const preview = await startPreview(port);
const before = args.before ? await startPreview(port + 1, args.before) : null;
let failed = false;
try {
  const floors = await makeFloors(preview.origin, routes, { chrome });
  const rows = [];
  for (const route of routes) {
    const appRuns = [];
    const floorRuns = [];
    const beforeRuns = [];
    for (let run = 0; run < runs; run += 1) {
      if (before) beforeRuns.push(lighthouse(`${before.origin}${route.path}`, `${route.slug}-before-${run}`));
      appRuns.push(lighthouse(`${preview.origin}${route.path}`, `${route.slug}-app-${run}`));
      floorRuns.push(lighthouse(`${preview.origin}${floors.get(route.slug)}`, `${route.slug}-floor-${run}`));
    }
    rows.push({ route: route.path, app: median(appRuns), floor: median(floorRuns), ...(before ? { before: median(beforeRuns) } : {}), runs });
  }
  let table = printTable(rows);
  if (before) table += `\n\n${printBefore(rows, args.before)}`;
  let longTasks = null;
  if (args['long-tasks'] !== 'false' && !('no-long-tasks' in args)) {
    longTasks = await measureLongTasks(preview.origin, { chrome });
    printLongTasks(longTasks);
  }
  writeFileSync('.lighthouse/audit.json', `${JSON.stringify({ date: new Date().toISOString(), lighthouse: LIGHTHOUSE, targets: TARGETS, rows, longTasks }, null, 2)}\n`);
  writeFileSync('.lighthouse/audit.md', `${table}\n`);
  failed = rows.some((row) => misses(row).length > 0);
} finally {
  await preview.stop();
  await before?.stop();
}
process.exit(failed ? 1 : 0);

/** One Lighthouse run (mobile profile, simulated throttling: its defaults) of one URL. */
function lighthouse(url, name) {
  const out = `.lighthouse/runs/${name}.json`;
  const run = spawnSync(
    'npx',
    ['-y', LIGHTHOUSE, url, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility', `--chrome-flags=${CHROME_FLAGS}`],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: chrome } },
  );
  if (run.status !== 0) throw new Error(`Lighthouse failed for ${url}`);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.code} for ${url}`);
  const audit = (id) => report.audits[id]?.numericValue ?? Number.NaN;
  const requests = report.audits['network-requests']?.details?.items ?? [];
  const scripts = requests.filter((request) => request.resourceType === 'Script');
  const lcpElement = report.audits['lcp-breakdown-insight']?.details?.items?.find((item) => item.type === 'node');
  return {
    score: report.categories.performance.score,
    accessibility: report.categories.accessibility.score,
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    si: audit('speed-index'),
    scriptFiles: scripts.length,
    scriptKb: scripts.reduce((sum, request) => sum + (request.transferSize ?? 0), 0) / 1000,
    lcpElement: lcpElement ? `${lcpElement.selector ?? ''} «${(lcpElement.nodeLabel ?? '').slice(0, 40)}»` : '',
  };
}

/** The median of each figure over the runs (the LCP element of the run with the median LCP). */
function median(results) {
  const mid = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const keys = ['score', 'accessibility', 'fcp', 'lcp', 'tbt', 'cls', 'si', 'scriptFiles', 'scriptKb'];
  const result = Object.fromEntries(keys.map((key) => [key, mid(results.map((run) => run[key]))]));
  result.lcpElement = results.find((run) => run.lcp === result.lcp)?.lcpElement ?? '';
  result.all = results.map(({ score, fcp, lcp, tbt, cls }) => ({ score, fcp, lcp, tbt, cls }));
  return result;
}

function misses({ app, floor }) {
  const missed = [];
  if (app.score < TARGETS.score) missed.push(`score ${app.score} < ${TARGETS.score}`);
  if (app.score < TARGETS.scoreOfFloor * floor.score) missed.push(`score < ${TARGETS.scoreOfFloor} × floor`);
  if (app.tbt > TARGETS.tbtMs) missed.push(`TBT > ${TARGETS.tbtMs} ms`);
  if (app.cls > TARGETS.cls) missed.push(`CLS > ${TARGETS.cls}`);
  if (app.lcp - floor.lcp > TARGETS.lcpAboveFloorMs) missed.push(`LCP > floor + ${TARGETS.lcpAboveFloorMs} ms`);
  if (app.accessibility < TARGETS.accessibility) missed.push(`accessibility ${app.accessibility} < ${TARGETS.accessibility}`);
  return missed;
}

function printBefore(rows, dir) {
  const s = (ms) => (ms / 1000).toFixed(2);
  const lines = [
    `Before (${dir}) against after (this build), the same runs:`,
    '',
    '| route | score before / after | FCP s before / after | LCP s before / after | TBT ms before / after | CLS before / after | JS files / kB before / after |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const { route, before, app } of rows) {
    lines.push(
      `| \`${route}\` | ${before.score.toFixed(2)} / ${app.score.toFixed(2)} | ${s(before.fcp)} / ${s(app.fcp)} | ${s(before.lcp)} / ${s(app.lcp)} | ${Math.round(before.tbt)} / ${Math.round(app.tbt)} | ${before.cls.toFixed(3)} / ${app.cls.toFixed(3)} | ${before.scriptFiles} / ${before.scriptKb.toFixed(0)} → ${app.scriptFiles} / ${app.scriptKb.toFixed(0)} |`,
    );
  }
  const table = lines.join('\n');
  console.log(`${table}\n`);
  return table;
}

function printTable(rows) {
  const s = (ms) => (ms / 1000).toFixed(2);
  const lines = [
    `Lighthouse ${LIGHTHOUSE.split('@')[1]}, mobile profile (simulated throttling), median of ${rows[0]?.runs ?? 0} run(s) each; app and floor from the same vite preview.`,
    '',
    '| route | score app / floor | ratio | FCP s app / floor | LCP s app / floor | LCP − floor | TBT ms app / floor | CLS app / floor | SI s app / floor | a11y | JS files / kB | targets |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const { app, floor } = row;
    const missed = misses(row);
    lines.push(
      `| \`${row.route}\` | ${app.score.toFixed(2)} / ${floor.score.toFixed(2)} | ${(app.score / floor.score).toFixed(2)} | ${s(app.fcp)} / ${s(floor.fcp)} | ${s(app.lcp)} / ${s(floor.lcp)} | ${Math.round(app.lcp - floor.lcp)} ms | ${Math.round(app.tbt)} / ${Math.round(floor.tbt)} | ${app.cls.toFixed(3)} / ${floor.cls.toFixed(3)} | ${s(app.si)} / ${s(floor.si)} | ${app.accessibility.toFixed(2)} | ${app.scriptFiles} / ${app.scriptKb.toFixed(0)} | ${missed.length === 0 ? 'met' : missed.join('; ')} |`,
    );
  }
  lines.push('', 'LCP elements (app | floor):');
  for (const row of rows) lines.push(`- \`${row.route}\`: ${row.app.lcpElement} | ${row.floor.lcpElement}`);
  const table = lines.join('\n');
  console.log(`\n${table}\n`);
  return table;
}
