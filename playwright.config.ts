import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium when present (Playwright cannot download browsers on every machine),
// Playwright's own browser otherwise.
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const port = Number(process.env['PORT'] ?? 4399);

export default defineConfig({
  testDir: './e2e',
  testIgnore: ['fixtures/**'],
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'off',
    // Service workers only where a test asks for them (offline.spec.ts): elsewhere they would
    // serve pages from their cache and hide what the server sends.
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // The built site, never the dev server (the search index exists only after a build), served
  // with the headers of public/_headers and gzip, as a static host would.
  webServer: {
    command: `tsx scripts/serve.ts --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
