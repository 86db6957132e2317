// npm run gen:server — writes public/_headers, deploy/nginx.conf and deploy/nginx-main.conf from
// the header policy (src/lib/build/header-policy.ts) and the server limits (server-limits.ts).
// All are checked in so operators can read and diff them; a unit test fails when one differs
// from what this script would write.
//   npm run gen:server [-- --check]
// For a server of your own, the nginx file only, with your name, folder and certificate:
//   npm run gen:server -- --out /etc/nginx/sites-enabled/help-center --server-name help.example.cn
//     [--root /srv/help-center] [--certificate …/fullchain.pem] [--key …/privkey.pem]
import { readFileSync, writeFileSync } from 'node:fs';
import { renderHeadersFile } from '../src/lib/build/headers-file.ts';
import { productionConfig, productionMainConfig } from '../src/lib/build/nginx-config.ts';
import { options } from './lib/args.ts';

/** The generated files and their expected text. */
export const generated = (): Record<string, string> => ({
  'public/_headers': renderHeadersFile(),
  'deploy/nginx.conf': productionConfig(),
  'deploy/nginx-main.conf': productionMainConfig(),
});

if (process.argv[1]?.endsWith('gen-server-config.ts')) {
  const o = options({
    check: { type: 'boolean', default: false },
    out: { type: 'string' },
    'server-name': { type: 'string' },
    root: { type: 'string' },
    certificate: { type: 'string' },
    key: { type: 'string' },
  });
  const check = o.check;
  if (o.out) {
    const own = { serverName: o['server-name'], root: o.root, certificate: o.certificate, key: o.key };
    writeFileSync(o.out, productionConfig(Object.fromEntries(Object.entries(own).filter(([, v]) => v))));
    console.log(`written: ${o.out}`);
    process.exit(0);
  }
  let stale = 0;
  for (const [file, text] of Object.entries(generated())) {
    const now = (() => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return '';
      }
    })();
    if (now === text) continue;
    if (check) {
      console.error(`${file} is out of date: run npm run gen:server`);
      stale++;
    } else {
      writeFileSync(file, text);
      console.log(`written: ${file}`);
    }
  }
  process.exit(stale ? 1 : 0);
}
