import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** npm run screenshots: every route in bokmål at desktop and phone size, and the three journeys in three languages (journeys.shots.ts), into screenshots/ (git-ignored). */
export default defineConfig({
  ...base,
  testDir: 'tests/screenshots',
  testMatch: '**/*.shots.ts',
  workers: 2,
});
