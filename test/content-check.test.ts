import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkArticles, formatProblem, headingSlugs } from '../src/lib/content-check';
import { readArticles } from '../src/lib/content-files';

const fixture = 'e2e/fixtures/check-all';

describe('npm run check:content', () => {
  it('passes on the real content', () => {
    expect(checkArticles(readArticles('content')).map(formatProblem)).toEqual([]);
  });

  it('lists every problem of a broken folder at once, each with file, line and fix', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/check-content.ts', '--dir', fixture], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    const out = r.stderr;
    const file = `${fixture}/fixes/payment-failed.mdx`;
    expect(out).toContain('内容检查发现 8 个问题');
    // duplicate slug
    expect(out).toContain(`${file}：文件名“payment-failed”和 ${fixture}/faq/payment-failed.mdx 重复`);
    // unknown related
    expect(out).toContain(`${file}：related 里的“faq/no-such-faq”不存在`);
    // broken internal link, with its line
    expect(out).toContain(`${file}:11：链接“/fixes/no-such-page/”指向的页面不存在`);
    // broken anchor
    expect(out).toContain(`${file}:11：链接“/faq/payment-failed/#没有这个标题”里的 #没有这个标题 在 ${fixture}/faq/payment-failed.mdx 里找不到对应的小标题。可用的有：第一个标题`);
    // draft linked from a published page
    expect(out).toContain(`${file}:13：链接“/fixes/draft-one/”指向草稿`);
    // missing image
    expect(out).toContain(`${file}:15：图片“/images/missing.png”不存在`);
    // unverified phone number and web address
    expect(out).toContain(`${file}:17：号码“4008889999”不在已核实的联系方式里`);
    expect(out).toContain(`${file}:17：网址“www.fake-icbc.com”不在已核实的官方网站里`);
    // verified ones pass
    expect(out).not.toContain('“95588”');
    expect(out).not.toContain('www.icbc.com.cn”');
  });
});

describe('headingSlugs', () => {
  it('slugs headings the way Astro does', () => {
    expect([...headingSlugs('## 先检查这几点\n### What **to** do\n## 先检查这几点')]).toEqual([
      '先检查这几点',
      'what-to-do',
      '先检查这几点-1',
    ]);
  });
});
