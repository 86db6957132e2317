// npm run bench:load — serves dist/ with nginx on loopback (the production server block) and
// drives it with autocannon over home, an article and a search chunk, as browsers ask for them
// (brotli accepted). Prints requests per second, p50/p99 latency and errors; exits 1 on any
// error or non-2xx answer. Bounded: at most 30 s.
//   npm run bench:load [-- --seconds 20] [--connections 200]
import { readdirSync } from 'node:fs';
import autocannon from 'autocannon';
import { startNginx } from '../lib/nginx.ts';
import { options } from '../lib/args.ts';
import { report } from './lib.ts';

const args = options({
  seconds: { type: 'string', default: '20' },
  connections: { type: 'string', default: '200' },
  dir: { type: 'string', default: 'dist' },
});
const seconds = Math.min(30, Math.max(1, Number(args.seconds)));
const connections = Number(args.connections);
const chunk = readdirSync(`${args.dir}/pagefind/index`).find((f) => f.endsWith('.pf_index'));
const paths = ['/', '/fixes/payment-failed/', `/pagefind/index/${chunk}`];

const server = await startNginx(args.dir, { workers: 'auto' });
try {
  const result = await autocannon({
    url: server.url,
    connections,
    duration: seconds,
    headers: { 'accept-encoding': 'br, gzip' },
    // Each connection asks for the three in turn.
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  const failures = result.errors + result.timeouts + result.non2xx;
  console.log(`\nnginx on loopback, ${connections} connections for ${seconds} s over ${paths.join(', ')}`);
  console.table({
    'requests/s (mean)': Math.round(result.requests.average),
    'latency p50 (ms)': result.latency.p50,
    'latency p99 (ms)': result.latency.p99,
    requests: result.requests.total,
    'MB/s': Number((result.throughput.average / 1024 / 1024).toFixed(1)),
    errors: result.errors,
    timeouts: result.timeouts,
    'non-2xx': result.non2xx,
  });
  console.log(`errors: ${failures === 0 ? '0 ✓' : `${failures} ✗`}`);
  console.log(
    `written: ${report('bench-load', { date: new Date().toISOString(), connections, seconds, paths, requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx })}`,
  );
  process.exitCode = failures === 0 ? 0 : 1;
} finally {
  await server.stop();
}
