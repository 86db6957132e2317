// content/situations.yaml (and the English edition's content/en/situations.yaml): parses, fits
// the schema, names only published articles and the phones of src/data/contacts.ts, and states
// no unverified number. Each message names the line; the English file's in English where the
// check writes them (the schema's own messages are the editors' common Chinese ones).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { contacts } from '../../data/contacts';
import { englishSituationsSchema, situationProblems, situationsSchema } from '../../schemas/situations';
import type { RawArticle } from '../content/disk';
import { factProblems } from './facts';
import type { Problem } from './problem';

/** Number ids a situation line may name: phones and warning SMS senders. */
export const phoneIds = (): Set<string> => new Set(contacts.filter((c) => c.kind !== 'site').map((c) => c.id));

/**
 * Problems of `content/situations.yaml` (or `name`), each with the line of the field. With
 * `lang: 'en'` (content/en/situations.yaml) the file may be absent (the English search then
 * shows no banners) and the messages are in English.
 */
export function situationFileProblems(
  dir: string,
  articles: readonly RawArticle[],
  name = 'situations.yaml',
  lang: 'zh-CN' | 'en' = 'zh-CN',
): Problem[] {
  const file = join(dir, name);
  const en = lang === 'en';
  if (!existsSync(file))
    return en
      ? []
      : [
          {
            file,
            message:
              '缺少读者处境表（搜索用它识别“正在被骗”等处境）。请从 git 历史里恢复这个文件，格式见 docs/编辑指南.md。',
          },
        ];
  const text = readFileSync(file, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length) {
    const e = doc.errors[0];
    return [
      {
        file,
        line: e?.linePos?.[0]?.line,
        message: en
          ? `the YAML does not parse: ${(e?.message ?? '').split('\n')[0]}. Usually a missing space after a colon, uneven indentation, or a list whose [ ] do not pair.`
          : `YAML 写法有误：${(e?.message ?? '').split('\n')[0]}。常见原因：冒号后面少了空格、缩进不一致、列表的方括号没有配对。`,
      },
    ];
  }
  /** The line of the deepest node on `path` that exists. */
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(
        path.slice(0, n).map((p) => (typeof p === 'symbol' ? String(p) : p)),
        true,
      );
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const parsed = (en ? englishSituationsSchema : situationsSchema).safeParse(doc.toJS());
  if (!parsed.success)
    return parsed.error.issues.map((i) => ({
      file,
      line: lineOf(i.path),
      message: en
        ? `${i.path.map(String).join('.') || 'file'}: ${i.message}`
        : `${i.path.map(String).join('.') || '文件'}：${i.message}`,
    }));
  const published = new Set(articles.filter((a) => a.data?.['draft'] !== true).map((a) => a.id));
  const drafts = new Set(articles.filter((a) => a.data?.['draft'] === true).map((a) => a.id));
  const problems: Problem[] = situationProblems(parsed.data, published, drafts, phoneIds(), lang).map((p) => ({
    file,
    line: lineOf(p.path),
    message: p.message,
  }));
  // A line the reader sees obeys the articles' rule: numbers only from src/data/contacts.ts.
  parsed.data.situations.forEach((s, i) =>
    problems.push(...factProblems(file, s.line, () => lineOf(['situations', i, 'line']))),
  );
  return problems;
}
