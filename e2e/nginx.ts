// For tests that need a server of their own (a fixture build, two deploys): the same nginx
// server block as the main run, over any built folder, on a free loopback port.
import { startNginx } from '../scripts/lib/nginx.ts';

/** Serves the built site in `root` with nginx; `stop()` ends it (by its pid) and cleans up. */
export async function serveDir(root: string): Promise<{ url: string; stop(): Promise<void> }> {
  const server = await startNginx(root);
  return { url: server.url, stop: () => server.stop() };
}
