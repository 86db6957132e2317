// How the tests and benchmarks launch Chromium: Debian's when present (Playwright cannot
// download browsers on every machine), Playwright's own otherwise, with the flags this
// machine's Chromium needs. playwright.config.ts and scripts/bench/ both read this.
import { existsSync } from 'node:fs';

/** Debian's Chromium, when installed. */
export const chromePath: string | undefined = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

/** Flags for headless Chromium in containers and CI. */
export const chromeFlags: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Playwright's launch options with both. */
export const launchOptions = { ...(chromePath ? { executablePath: chromePath } : {}), args: chromeFlags };
