// Serves a built folder for tests that need their own site (fixture builds, two deploys), with
// the same nginx server block as the main run (scripts/lib/nginx.ts), on a free loopback port.
// nginx resolves the folder's path on every request, so a test may swap it for another build
// while the server runs (a deploy).
import { startNginx } from '../scripts/lib/nginx.ts';

/** Serves the built site in `root` with nginx; `stop()` ends it (by its pid) and cleans up. */
export async function serveDir(root: string): Promise<{ url: string; stop(): Promise<void> }> {
  const server = await startNginx(root);
  return { url: server.url, stop: () => server.stop() };
}
