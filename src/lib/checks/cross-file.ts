// Problems no single file's schema can see: duplicate slugs and titles, broken `related`.
import { getSection } from '../../data/sections';
import { sectionOf, slugOf, type ArticleLike } from '../content/articles';
import { throwIfProblems, type Problem } from './problem';

/** Where a problem is reported: the source file when known, else the id. */
function where(a: ArticleLike): string {
  return a.filePath ?? `content/${a.id}.mdx`;
}

/**
 * Problems that no single file's schema can see: duplicate slugs or titles, `related`
 * entries that do not exist or point to drafts. Each message names the file and the fix.
 */
export function findCrossProblems(all: readonly ArticleLike[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(all.map((a) => [a.id, a]));
  const bySlug = new Map<string, ArticleLike>();
  const byTitle = new Map<string, ArticleLike>();
  for (const a of all) {
    if (!getSection(sectionOf(a.id))) {
      problems.push({ file: where(a), message: `未知栏目“${sectionOf(a.id)}”。` });
    }
    const sameSlug = bySlug.get(slugOf(a.id));
    if (sameSlug) {
      problems.push({
        file: where(a),
        message: `文件名“${slugOf(a.id)}”和 ${where(sameSlug)} 重复。文件名在全站必须唯一，请给其中一个改名。`,
      });
    } else bySlug.set(slugOf(a.id), a);
    const sameTitle = byTitle.get(a.data.title);
    if (sameTitle) {
      problems.push({
        file: where(a),
        message: `title“${a.data.title}”和 ${where(sameTitle)} 重复。读者会分不清，请改写其中一个标题。`,
      });
    } else byTitle.set(a.data.title, a);
    for (const ref of a.data.related) {
      const target = byId.get(ref);
      if (ref === a.id) {
        problems.push({ file: where(a), message: `related 里的“${ref}”就是这篇文章本身，请删掉这一项。` });
      } else if (!target) {
        problems.push({
          file: where(a),
          message: `related 里的“${ref}”不存在。请写成“栏目/文件名”（不带 .mdx），并确认 content/${ref}.mdx 存在。`,
        });
      } else if (!a.data.draft && target.data.draft) {
        problems.push({
          file: where(a),
          message: `related 里的“${ref}”是草稿（draft: true），发布后读者打不开。请删掉这一项，或先发布那篇文章。`,
        });
      }
    }
  }
  return problems;
}

/** Throws one error listing every cross-file problem, or returns quietly when there are none. */
export function assertNoCrossProblems(all: readonly ArticleLike[]): void {
  throwIfProblems('内容检查', findCrossProblems(all));
}
