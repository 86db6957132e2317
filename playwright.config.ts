import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/lib/chromium.ts';

export default defineConfig({
  testDir: './e2e',
  testIgnore: ['fixtures/**'],
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  // The built site, never the dev server (the search index exists only after a build), served
  // by Debian's nginx with the production server block (deploy/nginx.conf over plain HTTP).
  globalSetup: './e2e/global-setup.ts',
  use: {
    // Set by the global setup before any worker starts.
    baseURL: process.env['E2E_BASE_URL'],
    trace: 'retain-on-failure',
    // Service workers only where a test asks for them (offline.spec.ts): elsewhere they would
    // serve pages from their cache and hide what the server sends.
    serviceWorkers: 'block',
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
});
