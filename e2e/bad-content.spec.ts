import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Builds the site from a fixture content folder and returns the exit code and all output. */
function buildFixture(name: string): { status: number | null; output: string } {
  const tmp = mkdtempSync(join(tmpdir(), `fixture-${name}-`));
  const r = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CONTENT_DIR: `e2e/fixtures/${name}`, OUT_DIR: join(tmp, 'dist'), CACHE_DIR: join(tmp, 'cache') },
  });
  // eslint-disable-next-line no-control-regex
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

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

test.describe('a broken troubleshooter fails the build and names the node', () => {
  const cases: [string, string[]][] = [
    ['tree-dangling', ['e2e/fixtures/tree-dangling/troubleshooter.yaml', '节点“start”的回答“别的问题”指向不存在的节点“nowhere”']],
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
