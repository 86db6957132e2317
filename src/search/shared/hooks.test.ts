import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hooks, sel } from './hooks';

describe('DOM hooks', () => {
  it('are the names the inline head script spells itself (it stays under 1 KB without an import)', () => {
    const head = readFileSync('src/client/head.js', 'utf8');
    expect(head).toContain(`'${sel.open}'`);
    expect(sel.page).toBe(`[${hooks.page}]`);
  });
});
