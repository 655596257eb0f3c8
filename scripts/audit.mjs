#!/usr/bin/env node
/**
 * npm run audit (not in CI): Lighthouse on the preview build for / and /tiltak, printing the
 * performance, accessibility and best-practices scores. Uses Debian's Chromium (CHROME_PATH) and
 * lighthouse from the npm registry (npx, pinned), so it adds nothing to the project's install.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const PORT = Number(process.env.AUDIT_PORT ?? 4180);
const ROUTES = ['/', '/tiltak'];
const LIGHTHOUSE = 'lighthouse@12.2.3';
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
await waitForServer(`http://127.0.0.1:${PORT}/`);
mkdirSync('.lighthouse', { recursive: true });

let failed = false;
try {
  console.log('route        performance  accessibility  best-practices');
  for (const route of ROUTES) {
    const out = `.lighthouse/${route === '/' ? 'root' : route.replaceAll('/', '')}.json`;
    const run = spawnSync(
      'npx',
      [
        '-y',
        LIGHTHOUSE,
        `http://127.0.0.1:${PORT}${route}`,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices',
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      ],
      { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: chrome } },
    );
    if (run.status !== 0) {
      failed = true;
      console.error(`Lighthouse failed for ${route}`);
      continue;
    }
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const score = (id) => String(Math.round((report.categories[id]?.score ?? 0) * 100)).padStart(5);
    console.log(`${route.padEnd(12)}${score('performance')}        ${score('accessibility')}          ${score('best-practices')}`);
  }
} finally {
  server.kill();
}
process.exit(failed ? 1 : 0);

async function waitForServer(url) {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The preview server did not start at ${url}`);
}
