import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticles, checkContent, checkDataFiles, formatProblem, headingSlugs } from '../src/lib/checks/index';
import { readArticles } from '../src/lib/content/disk';

const fixture = 'e2e/fixtures/check-all';

describe('npm run check:content', () => {
  // Loading the MDX compiler and textlint takes a few seconds on a busy machine.
  it(
    'passes on the real content (MDX syntax, facts, links, data files, terms and typography)',
    { timeout: 30_000 },
    async () => {
      expect((await checkContent('content')).map(formatProblem)).toEqual([]);
    },
  );

  it('lists every problem of a broken folder at once, each with file, line and fix', { timeout: 30_000 }, () => {
    const r = spawnSync('npx', ['tsx', 'scripts/check-content.ts', '--dir', fixture], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    const out = r.stderr;
    const file = `${fixture}/fixes/payment-failed.mdx`;
    expect(out).toContain('内容检查发现 14 个问题');
    // a fix article without its opening box
    expect(out).toContain(`${file}:8：解决步骤的文章必须以“先做这一步”开头`);
    // duplicate slug
    expect(out).toContain(`${file}：文件名“payment-failed”和 ${fixture}/faq/payment-failed.mdx 重复`);
    // unknown related
    expect(out).toContain(`${file}：related 里的“faq/no-such-faq”不存在`);
    // broken internal link, with its line
    expect(out).toContain(`${file}:11：链接“/fixes/no-such-page/”指向的页面不存在`);
    // broken anchor
    expect(out).toContain(
      `${file}:11：链接“/faq/payment-failed/#没有这个标题”里的 #没有这个标题 在 ${fixture}/faq/payment-failed.mdx 里找不到对应的小标题。可用的有：第一个标题`,
    );
    // draft linked from a published page
    expect(out).toContain(`${file}:13：链接“/fixes/draft-one/”指向草稿`);
    // missing image
    expect(out).toContain(`${file}:15：图片“/images/missing.png”不存在`);
    // unverified phone number and web address
    expect(out).toContain(`${file}:17：号码“4008889999”不在已核实的联系方式里`);
    expect(out).toContain(`${file}:17：网址“www.fake-icbc.com”不在已核实的官方网站里`);
    // the data files are checked too
    expect(out).toContain(`${fixture}/synonyms.yaml：缺少搜索同义词表`);
    expect(out).toContain(`${fixture}/troubleshooter.yaml：缺少自助诊断的问答树`);
    expect(out).toContain(`${fixture}/terms.yml：缺少用词表`);
    expect(out).toContain(`${fixture}/hot-questions.yaml：缺少热门问题表`);
    expect(out).toContain(`${fixture}/situations.yaml：缺少读者处境表`);
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

describe('placement, data files and notices', () => {
  it('reports misplaced files, bad YAML, bad nodes and unverified numbers in notices', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    const article = (title: string) =>
      `---\ntitle: ${title}\ndescription: 这是一篇用来测试内容检查的文章，摘要需要足够长，才能通过四十个字的最低长度要求。\norder: 1\nkeywords: [测试]\n---\n\n正文。\n`;
    mkdirSync(join(dir, 'fixes', 'deep'), { recursive: true });
    mkdirSync(join(dir, 'notices'));
    writeFileSync(join(dir, 'fixes', 'Bad_Name.mdx'), article('文件名不对的文章'));
    writeFileSync(join(dir, 'fixes', 'deep', 'nested.mdx'), article('放得太深的文章'));
    writeFileSync(join(dir, 'synonyms.yaml'), '账户: [账号\n冻结: 冻住\n');
    writeFileSync(join(dir, 'troubleshooter.yaml'), 'start: s\nnodes:\n  s:\n    question: 问？\n    answers: []\n');
    writeFileSync(
      join(dir, 'notices', 'n.md'),
      '---\ntitle: 维护\nstart: 2026-12-01\nsource: 某公告\n---\n\n请拨打 4001234567 咨询。\n',
    );
    writeFileSync(
      join(dir, 'notices', 'late.md'),
      '---\ntitle: 结束早于开始\nstart: 2026-12-05 20:00\nend: 2026-12-05T19:00:00\nsource: 某公告\n---\n\n正文。\n',
    );
    const articles = readArticles(dir);
    const out = [...checkArticles(articles), ...checkDataFiles(dir, articles)].map(formatProblem).join('\n');
    expect(out).toContain('fixes/Bad_Name.mdx：文件名“Bad_Name.mdx”不能用作网址');
    expect(out).toContain('fixes/deep/nested.mdx：文章必须直接放在某个栏目文件夹里');
    expect(out).toMatch(/synonyms\.yaml：YAML 写法有误/);
    expect(out).toContain('troubleshooter.yaml：nodes.s.question：question 太短');
    expect(out).toContain('troubleshooter.yaml：nodes.s.answers：问题至少要有 2 个回答。');
    expect(out).toContain('notices/n.md:1：号码“4001234567”不在已核实的联系方式里');
    // The line of the field, the field, both times in Beijing time; the times are no phone numbers.
    expect(out).toContain(
      'notices/late.md:4：end：end（结束时间）2026-12-05 19:00 不晚于 start（开始时间）2026-12-05 20:00（北京时间）',
    );
    expect(out).not.toContain('号码“2026-12-05');
  });
});

describe('facts rules', () => {
  it('rejects a mobile number starting with 19 and a parent domain, accepts the bank’s own domain', () => {
    const dir = mkdtempSync(join(tmpdir(), 'facts-'));
    mkdirSync(join(dir, 'faq'));
    writeFileSync(
      join(dir, 'faq', 'a.mdx'),
      '---\ntitle: 测试号码和网址的文章\ndescription: 这是一篇用来测试号码和网址检查的文章，摘要需要足够长，才能通过四十个字的最低长度要求。\norder: 1\nkeywords: [测试]\n---\n\n请认准 icbc.com.cn，不要相信 com.cn 或 19912345678。\n',
    );
    const out = checkArticles(readArticles(dir)).map(formatProblem).join('\n');
    expect(out).toContain('号码“19912345678”');
    expect(out).toContain('网址“com.cn”');
    expect(out).not.toContain('网址“icbc.com.cn”');
  });
});
