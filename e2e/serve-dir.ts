// Serves a built folder for tests that need their own site (fixture builds, two deploys).
// Every such test starts its server here, so switching them to another server is one change.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A free loopback port (the OS picks one; it is closed again before the server takes it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Serves `root` with the project's preview server (`scripts/serve.ts --dir`, the headers of
 * `_headers`) on a free port. The folder is read per request, so a test may swap it for another
 * build while the server runs (a deploy).
 */
export async function serveDir(root: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  // One node process (tsx as a loader, not its CLI wrapper), so stopping it stops the server.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--dir', root],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b));
  child.stderr.on('data', (b: Buffer) => (output += b));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve.ts exited (${child.exitCode}): ${output}`);
    const ok = await fetch(`${url}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`serve.ts did not answer on ${url} within 20 s: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  return { url, stop };
}
