import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, copyOfContent } from './helpers';

/** Builds the site from a fixture content folder. */
const buildFixture = (name: string) => buildSite(`e2e/fixtures/${name}`);

// Fixture builds share Astro's generated .astro/ folder: run them one at a time.
test.describe.configure({ mode: 'serial' });

test.describe('bad content fails the build and names the file and the field', () => {
  test('unknown section folder', () => {
    const { status, output } = buildFixture('unknown-section');
    expect(status).not.toBe(0);
    expect(output).toContain('e2e/fixtures/unknown-section/howto/reset.mdx：未知栏目“howto”');
    expect(output).toContain('causes、fixes、prevention、faq、complaints');
  });

  test('missing title', () => {
    const { status, output } = buildFixture('missing-title');
    expect(status).not.toBe(0);
    expect(output).toContain('e2e/fixtures/missing-title/fixes/no-title.mdx');
    expect(output).toContain('title: 缺少 title（标题）');
  });

  test('wrong type', () => {
    const { status, output } = buildFixture('wrong-type');
    expect(status).not.toBe(0);
    expect(output).toContain('e2e/fixtures/wrong-type/fixes/wrong-order.mdx');
    expect(output).toContain('order: order（排序）必须是数字');
  });
});

test('broken MDX fails the build before Astro compiles it, in Chinese, naming file and line', () => {
  const { status, output } = buildFixture('broken-mdx');
  expect(status).not.toBe(0);
  const dir = 'e2e/fixtures/broken-mdx/fixes';
  expect(output).toContain(
    `${dir}/unclosed.mdx:10：MDX 写法有误：组件 <Callout> 没有结束标签。在它的内容后面另起一行写 </Callout>`,
  );
  expect(output).toContain('（原始信息：Expected a closing tag for `<Callout>` (10:1-10:25)）');
  expect(output).toContain(`${dir}/stray-brace.mdx:10：MDX 写法有误：花括号 { } 在 MDX 里表示代码`);
  expect(output).toContain(
    `${dir}/html-comment.mdx:10：MDX 写法有误：MDX 里不能写 <!-- … --> 这种注释，请改用 {/* 注释 */}。`,
  );
  // Every broken file at once, from the content check rather than from Astro's first failure
  // (the fourth: the fixture has no situations.yaml, which the real content/ must have).
  expect(output).toContain('内容检查发现 4 个问题');
  expect(output).toContain('e2e/fixtures/broken-mdx/situations.yaml：缺少读者处境表');
});

test('an article or a notice that would run code fails the build before Astro compiles it', () => {
  const { status, output, dist } = buildFixture('runs-code');
  expect(status).not.toBe(0);
  const file = 'e2e/fixtures/runs-code/fixes/build-env.mdx';
  expect(output).toContain('内容检查发现 6 个问题'); // five, and the fixture's missing situations.yaml
  expect(output).toContain(`${file}:10：不能写 import 或 export`);
  expect(output).toContain(`${file}:12：花括号 {process.env.HOME} 在 MDX 里是一段程序`);
  expect(output).toContain(`${file}:14：不能写 HTML 标签 <script>`);
  expect(output).toContain(`${file}:16：链接地址“javascript:alert(1)”会运行程序或嵌入数据`);
  expect(output).toContain('e2e/fixtures/runs-code/notices/script.md:9：不能写 HTML');
  // Nothing was built, so nothing of the build machine was published.
  expect(existsSync(join(dist, 'index.html'))).toBe(false);
});

test('a discouraged term or a typography slip alone fails the build, naming file and line', () => {
  const { status, output } = buildFixture('wording-slip');
  expect(status).not.toBe(0);
  const file = 'e2e/fixtures/wording-slip/fixes/wording.mdx';
  expect(output).toContain('内容检查发现 4 个问题'); // three, and the fixture's missing situations.yaml
  // The fixture's sentence also tells the reader to call 95588 as plain text (fraud-order.ts).
  expect(output).toContain(`${file}:10：这里让读者拨打 95588，但号码是普通文字`);
  expect(output).toContain(`${file}:10：用词：“账号”请写作“账户”。`);
  expect(output).toContain(`${file}:10：排版：把“结，请拨打95588咨询。”改成“结，请拨打 95588 咨询。”。`);
});

test.describe('a broken troubleshooter fails the build and names the node', () => {
  const cases: [string, string[]][] = [
    [
      'tree-dangling',
      ['e2e/fixtures/tree-dangling/troubleshooter.yaml', '节点“start”的回答“别的问题”指向不存在的节点“nowhere”'],
    ],
    ['tree-missing-article', ['结果节点“app-broken”推荐的文章“fixes/no-such-article”不存在']],
    ['tree-draft-article', ['结果节点“draft-outcome”推荐的文章“fixes/draft-one”还是草稿']],
    ['tree-unreachable', ['节点“orphan”没有任何回答指向它']],
    ['tree-cycle', ['节点“loop-b”的回答“回到上一步”又回到了“loop-a”，形成死循环（loop-a → loop-b → loop-a）']],
  ];
  for (const [fixture, messages] of cases) {
    test(fixture, () => {
      const { status, output } = buildFixture(fixture);
      expect(status).not.toBe(0);
      for (const m of messages) expect(output).toContain(m);
    });
  }
});

test('npm run new creates an article that builds, and refuses the same slug twice', () => {
  const content = copyOfContent();
  const args = [
    'tsx',
    'scripts/new-article.ts',
    '--dir',
    content,
    '--section',
    'faq',
    '--slug',
    'brand-new-question',
    '--title',
    '新问题的测试标题',
  ];
  const first = spawnSync('npx', args, { encoding: 'utf8' });
  expect(first.status).toBe(0);
  const file = join(content, 'faq', 'brand-new-question.mdx');
  expect(existsSync(file)).toBe(true);
  expect(readFileSync(file, 'utf8')).toContain('title: "新问题的测试标题"');
  const second = spawnSync('npx', args, { encoding: 'utf8' });
  expect(second.status).toBe(1);
  expect(second.stderr).toContain('文件名“brand-new-question”已经被');
  const unknown = spawnSync('npx', [...args.slice(0, 5), 'howto', '--slug', 'x', '--title', '新问题的测试标题'], {
    encoding: 'utf8',
  });
  expect(unknown.status).toBe(1);
  expect(unknown.stderr).toContain('未知栏目“howto”');
  const build = buildSite(content);
  expect(build.status, build.output).toBe(0);
});

test('a notice whose window holds the build time shows on every page; an expired one only on the notices page', () => {
  const content = copyOfContent();
  const day = 24 * 3600 * 1000;
  const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
  const notice = (title: string, start: string, end: string) =>
    `---\ntitle: ${title}\nstart: ${start}\nend: ${end}\nseverity: warning\nsource: 测试用的公告来源\n---\n\n测试公告正文。\n`;
  writeFileSync(join(content, 'notices', 'now.md'), notice('正在进行的测试维护公告', iso(-day), iso(day)));
  writeFileSync(join(content, 'notices', 'old.md'), notice('已经结束的测试维护公告', iso(-10 * day), iso(-9 * day)));
  const { status, output, dist } = buildSite(content);
  expect(status, output).toBe(0);
  for (const page of ['index.html', 'fixes/payment-failed/index.html', 'search/index.html']) {
    const html = readFileSync(join(dist, page), 'utf8');
    expect(html, page).toContain('正在进行的测试维护公告');
    expect(html, page).not.toContain('已经结束的测试维护公告');
  }
  const list = readFileSync(join(dist, 'notices', 'index.html'), 'utf8');
  expect(list.indexOf('正在进行的测试维护公告')).toBeLessThan(list.indexOf('已经结束的测试维护公告'));
  const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
  expect(feed).toContain('已经结束的测试维护公告');
});

test('two answers of one question may lead to one node (one situation in two words): the site builds, both link to its page', () => {
  const content = copyOfContent();
  const file = join(content, 'troubleshooter.yaml');
  const yaml = readFileSync(file, 'utf8');
  const answer = '      - label: 打开了但一直加载、转圈\n        next: network\n';
  expect(yaml).toContain(answer);
  writeFileSync(file, yaml.replace(answer, `${answer}      - label: 一直转圈进不去\n        next: network\n`));
  const { status, output, dist } = buildSite(content);
  // It failed with Astro's PrerenderRouteConflict: the same page was listed twice.
  expect(status, output).toBe(0);
  const html = readFileSync(join(dist, 'diagnose', 'app', 'index.html'), 'utf8');
  expect(html.match(/href="\/diagnose\/app\/network\/"/g)).toHaveLength(2);
  expect(existsSync(join(dist, 'diagnose', 'app', 'network', 'index.html'))).toBe(true);
});
