import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hooks, sel } from './hooks';

describe('DOM hooks', () => {
  it('are the names the inline head script spells itself (it stays under 1 KB without an import)', () => {
    const head = readFileSync('src/client/head.js', 'utf8');
    expect(head).toContain(`'${sel.open}'`);
    expect(sel.page).toBe(`[${hooks.page}]`);
  });

  it('name the dialog the head script opens by its id', () => {
    const head = readFileSync('src/client/head.js', 'utf8');
    const id = /getElementById\('([\w-]+)'\)\.showModal\(\)/.exec(head)?.[1];
    expect(id).toBe('search-dialog');
    const markup = readFileSync('src/components/search/SearchDialog.astro', 'utf8');
    expect(markup).toMatch(new RegExp(`<dialog\\s+id="${id}"\\s+\\{\\.\\.\\.hook\\.dialog\\}`));
  });
});
