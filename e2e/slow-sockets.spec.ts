// A crowd of idle sockets (slowloris) from one address must not starve readers: nginx with the
// production limits (src/lib/build/server-limits.ts) on loopback, more idle sockets than
// Debian's stock 768 connections per worker allow, and normal requests keep succeeding.
// Bounded: 1,000 sockets, held for at most 10 seconds.
import { expect, test } from '@playwright/test';
import { connect, type Socket } from 'node:net';
import { startNginx } from '../scripts/lib/nginx';
import { get } from './http';

const crowd = 1000;

test('1,000 idle sockets held against nginx: readers still get every page', async () => {
  test.setTimeout(30_000);
  // One worker: the crowd must fit in one worker's connections, as on a one-core host.
  const nginx = await startNginx('dist', { workers: 1 });
  const sockets: Socket[] = [];
  try {
    const started = Date.now();
    // Each sends half a request and then nothing, as a slow-socket attack does.
    await Promise.all(
      Array.from(
        { length: crowd },
        () =>
          new Promise<void>((done, fail) => {
            const s = connect(nginx.port, '127.0.0.1', () => {
              s.write('GET / HTTP/1.1\r\nHost: x\r\n');
              done();
            });
            s.on('error', fail);
            sockets.push(s);
          }),
      ),
    );
    // Every page a reader opens meanwhile is answered, 10 at a time.
    const paths = ['/', '/fixes/payment-failed/', '/faq/credit-record/', '/search/', '/offline/'];
    const statuses: number[] = [];
    for (let round = 0; round < 10; round++) {
      const answers = await Promise.all(
        paths
          .concat(paths)
          .map((p) =>
            Promise.race([
              get(nginx.url, p).then((r) => r.status),
              new Promise<number>((done) => setTimeout(() => done(0), 2000)),
            ]),
          ),
      );
      statuses.push(...answers);
    }
    expect(statuses).toEqual(statuses.map(() => 200));
    // The crowd is still there (nginx has not timed them out yet): the readers were served beside it.
    expect(sockets.filter((s) => !s.destroyed && s.readyState === 'open').length).toBe(crowd);
    expect(Date.now() - started).toBeLessThan(10_000);
  } finally {
    for (const s of sockets) s.destroy();
    await nginx.stop();
  }
});
