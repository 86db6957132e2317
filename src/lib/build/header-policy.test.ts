import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generated } from '../../../scripts/gen-server-config.ts';
import { contentTypeOf, fileKinds, globToRegex, headersFor, kindOf } from './header-policy.ts';
import { productionConfig } from './nginx-config.ts';

describe('the header policy', () => {
  it('sorts files into kinds, first match wins', () => {
    expect(kindOf('/_astro/BaseLayout.abc.css').name).toBe('astro');
    expect(kindOf('/pagefind/index/zh-cn_1.pf_index').name).toBe('pagefind');
    expect(kindOf('/sw.js').name).toBe('sw');
    expect(kindOf('/rss.xml').name).toBe('rss');
    expect(kindOf('/sitemap-0.xml').name).toBe('sitemap');
    expect(kindOf('/fixes/x/index.html').name).toBe('html');
    expect(kindOf('/favicon.svg').name).toBe('other');
    expect(fileKinds.at(-1)?.paths).toEqual(['*']);
  });

  it('gives types with the charset for text only, and Vary only where compressed copies exist', () => {
    expect(contentTypeOf('/rss.xml')).toBe('application/rss+xml; charset=utf-8');
    expect(contentTypeOf('/a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/og.png')).toBe('image/png');
    expect(contentTypeOf('/pagefind/wasm.unknown.pagefind')).toBe('application/octet-stream');
    expect(headersFor('/og.png')['Vary']).toBeUndefined();
    expect(headersFor('/sw.js')['Vary']).toBe('Accept-Encoding');
    expect(headersFor('/_astro/a.css')['Cache-Control']).toContain('immutable');
  });

  it('turns globs into anchored expressions', () => {
    expect(globToRegex('/sitemap-*.xml')).toBe('^/sitemap-.*\\.xml$');
    expect(new RegExp(globToRegex('/sitemap-*.xml')).test('/sitemap-index.xml')).toBe(true);
    expect(new RegExp(globToRegex('/sw.js')).test('/swxjs')).toBe(false);
  });
});

describe('the generated server files', () => {
  for (const [file, text] of Object.entries(generated())) {
    it(`${file} is what the policy generates (else run npm run gen:server)`, () => {
      expect(readFileSync(file, 'utf8'), `${file} is out of date: run npm run gen:server`).toBe(text);
    });
  }

  it('loads on nginx 1.22 and redirects plain HTTP to the configured name only', () => {
    const conf = productionConfig();
    expect(conf).toContain('listen 443 ssl http2;');
    expect(conf).not.toMatch(/^\s*http2 on;/m);
    expect(conf).toContain('return 301 https://help.example.org$request_uri;');
    expect(conf).not.toContain('$host');
    expect(conf).not.toMatch(/^\s*location[^{]*\{[^}]*add_header/m);
  });
});
