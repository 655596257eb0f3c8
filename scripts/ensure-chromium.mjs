#!/usr/bin/env node
/**
 * The browser tests use Debian's Chromium, never a downloaded one. This makes sure it is there: when it
 * is missing and we run as root on Debian, it installs the `chromium` package with apt-get; otherwise it
 * says how to install it and stops.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(`Chromium was not found at ${path}. The browser tests need Debian's chromium:\n  sudo apt-get install -y chromium\n(or set CHROMIUM_PATH to a Chromium binary).`);
  process.exit(1);
}

console.log('Chromium is missing: installing Debian\'s chromium package (about 30 s) …');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit', shell: '/bin/bash' });
if (!existsSync(path)) {
  console.error(`apt-get finished, but ${path} is still missing.`);
  process.exit(1);
}
