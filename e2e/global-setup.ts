// Starts the production nginx server block (plain HTTP, root = dist/) before the browser tests
// and stops it after them. PORT picks the port; otherwise a free one. No nginx, no run: the
// error says how to install it.
import { startNginx } from '../scripts/lib/nginx.ts';

/** Playwright's global setup: returns the teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const port = process.env['PORT'] ? Number(process.env['PORT']) : undefined;
  const server = await startNginx('dist', port === undefined ? {} : { port });
  // The workers start after this and read it in playwright.config.ts (baseURL).
  process.env['E2E_BASE_URL'] = server.url;
  console.log(`nginx ${server.url} (pid ${server.pid}) serving dist/`);
  return () => server.stop();
}
