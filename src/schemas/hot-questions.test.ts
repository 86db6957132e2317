import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hotQuestionFileProblems } from '../lib/checks/hot-questions';
import type { RawArticle } from '../lib/content/disk';
import { hotQuestionsSchema } from './hot-questions';

const raw = (id: string, draft = false) => ({ id, data: { draft } }) as unknown as RawArticle;
const articles = [raw('fixes/payment-failed'), raw('fixes/suspected-theft'), raw('faq/new-one', true)];

function problemsOf(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'hot-'));
  writeFileSync(join(dir, 'hot-questions.yaml'), yaml);
  return hotQuestionFileProblems(dir, articles).map((p) => `${p.line ?? '-'}：${p.message}`);
}

describe('hot questions', () => {
  it('accepts a list of published article ids', () => {
    expect(problemsOf('# 注释\n- fixes/payment-failed\n- fixes/suspected-theft\n')).toEqual([]);
    expect(hotQuestionsSchema.safeParse({ articles: ['fixes/payment-failed'] }).success).toBe(true);
  });

  it('names the line of an unknown id, a draft and a malformed id, in Chinese', () => {
    expect(problemsOf('- fixes/payment-failed\n- fixes/no-such\n- faq/new-one\n- Fixes/Bad Id\n'))
      .toMatchInlineSnapshot(`
      [
        "4：请写成“栏目/文件名”的形式，只用小写字母、数字和连字符，例如 fixes/payment-failed。",
      ]
    `);
    expect(problemsOf('- fixes/payment-failed\n- fixes/no-such\n- faq/new-one\n')).toMatchInlineSnapshot(`
      [
        "2：热门问题里的 fixes/no-such 不是已有的文章。请检查栏目和文件名（content/fixes/no-such.mdx 要存在），或删掉这一行。",
        "3：热门问题里的 faq/new-one 还是草稿（draft: true），读者看不到。请先发布它，或换一篇已发布的文章。",
      ]
    `);
  });

  it('rejects duplicates, an empty file and a file that is not a list', () => {
    expect(problemsOf('- fixes/payment-failed\n- fixes/payment-failed\n')).toEqual([
      '-：热门问题里有同一篇文章写了两次，请删掉重复的一行。',
    ]);
    expect(problemsOf('')[0]).toContain('热门问题要写成列表');
    expect(problemsOf('fixes: payment-failed\n')[0]).toContain('热门问题要写成列表');
  });
});
