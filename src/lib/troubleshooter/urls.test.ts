import { describe, expect, it } from 'vitest';
import type { Troubleshooter } from '../../schemas/troubleshooter';
import { alternateDiagnoseUrls, diagnoseUrl, treePages } from './urls';

const outcome = { title: '结果标题', summary: '这是一个结果的说明文字。', articles: ['fixes/a'], urgent: false, call: 'icbc-hotline' as const };
const q = (...next: string[]) => ({ question: '选哪一个呢？', answers: next.map((n) => ({ label: n, next: n })) });
const tree: Troubleshooter = { start: 's', nodes: { s: q('a', 'b'), a: q('x', 'b'), b: outcome, x: outcome } };

describe('troubleshooter URLs', () => {
  it('puts the walk in the path', () => {
    expect(diagnoseUrl(['s'])).toBe('/diagnose/');
    expect(diagnoseUrl(['s', 'a', 'x'])).toBe('/diagnose/a/x/');
  });

  it('lists every walk once, the shortest to each node first', () => {
    expect(treePages(tree).map((p) => `${diagnoseUrl(p.path)}${p.primary ? '' : ' (alternate)'}`)).toEqual([
      '/diagnose/',
      '/diagnose/a/',
      '/diagnose/b/',
      '/diagnose/a/x/',
      '/diagnose/a/b/ (alternate)',
    ]);
    expect([...alternateDiagnoseUrls(tree)]).toEqual(['/diagnose/a/b/']);
  });
});
