import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** npm run screenshots: every route in bokmål at desktop and phone size, into screenshots/ (git-ignored). */
export default defineConfig({
  ...base,
  testDir: 'tests/screenshots',
  testMatch: '**/*.shots.ts',
  workers: 2,
});
