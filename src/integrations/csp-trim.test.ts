import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspFirst, trimScriptHashes } from './csp-trim';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('trimScriptHashes', () => {
  it('keeps only the hashes of inline code the page has', () => {
    const inline = 'console.log(1)';
    const html = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(inline)} ${hash('other')}; style-src 'self' ${hash('x')};"><script>${inline}</script><script type="application/ld+json">{}</script><script type="module" src="/a.js"></script>`;
    const out = trimScriptHashes(html);
    expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash(inline)};`);
    expect(out).not.toContain(hash('other'));
    expect(out).toContain("style-src 'self';");
    expect(out).toContain("default-src 'self'");
  });
});

describe('cspFirst', () => {
  it('puts the policy right after the charset, before any script', () => {
    const html =
      '<html><head><meta charset="utf-8"><title>x</title><script>1</script><meta http-equiv="content-security-policy" content="script-src \'self\'"></head></html>';
    expect(cspFirst(html)).toBe(
      '<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src \'self\'"><title>x</title><script>1</script></head></html>',
    );
  });
});
