// A slow mobile line between the browser and the test server, for everything the browser sends
// (pages and the service worker's own fetches alike, which page-level throttling misses): each
// byte arrives a one-way delay late (half the round trip) and the server's answers share one
// downlink of `bitsPerSecond`. `cut()` takes the network away: connections drop, new ones fail.
// Used by the browser tests (e2e/offline.spec.ts) and npm run bench:search.
import { createServer, connect, type Socket } from 'node:net';

export interface SlowLine {
  url: string;
  cut(): void;
  stop(): Promise<void>;
}

export async function slowLine(target: URL, { roundTripMs = 2000, bitsPerSecond = 250_000 } = {}): Promise<SlowLine> {
  const oneWay = roundTripMs / 2;
  let downFree = 0;
  let down = false;
  const sockets = new Set<Socket>();
  const later = (ms: number, fn: () => void) => setTimeout(fn, Math.max(0, ms));
  const server = createServer((client) => {
    if (down) return void client.destroy();
    const upstream = connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    const drop = () => (client.destroy(), upstream.destroy());
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.on('data', (d: Buffer) => later(oneWay, () => upstream.writable && upstream.write(d)));
    upstream.on('data', (d: Buffer) => {
      // Serialised on the one downlink, then the one-way delay.
      const now = Date.now();
      downFree = Math.max(now, downFree) + (d.length * 8 * 1000) / bitsPerSecond;
      later(downFree + oneWay - now, () => client.writable && client.write(d));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    cut() {
      down = true;
      for (const s of sockets) s.destroy();
    },
    stop: () => new Promise<void>((done) => (sockets.forEach((s) => s.destroy()), server.close(() => done()))),
  };
}
