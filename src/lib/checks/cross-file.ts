// Problems no single file's schema can see: duplicate slugs and titles, broken `related`.
import { getSection } from '../../data/sections';
import { sectionOf, slugOf, type ArticleLike } from '../content/articles';
import { throwIfProblems, type Problem } from './problem';
import type { Lang } from '../i18n';

/** Where a problem is reported: the source file when known, else the id. */
function where(a: ArticleLike, lang: Lang = 'zh-CN'): string {
  return a.filePath ?? `content/${lang === 'en' ? 'en/' : ''}${a.id}.mdx`;
}

/** The messages, in the language of the files' editors. */
const messages = {
  'zh-CN': {
    section: (id: string) => `未知栏目“${id}”。`,
    slug: (slug: string, other: string) => `文件名“${slug}”和 ${other} 重复。文件名在全站必须唯一，请给其中一个改名。`,
    title: (title: string, other: string) => `title“${title}”和 ${other} 重复。读者会分不清，请改写其中一个标题。`,
    self: (ref: string) => `related 里的“${ref}”就是这篇文章本身，请删掉这一项。`,
    missing: (ref: string, dir: string) =>
      `related 里的“${ref}”不存在。请写成“栏目/文件名”（不带 .mdx），并确认 ${dir}${ref}.mdx 存在。`,
    draft: (ref: string) =>
      `related 里的“${ref}”是草稿（draft: true），发布后读者打不开。请删掉这一项，或先发布那篇文章。`,
  },
  en: {
    section: (id: string) => `unknown section "${id}".`,
    slug: (slug: string, other: string) =>
      `the file name "${slug}" is also used by ${other}. File names must be unique in the edition: rename one.`,
    title: (title: string, other: string) =>
      `the title "${title}" is also the title of ${other}. Readers could not tell them apart: reword one.`,
    self: (ref: string) => `related lists "${ref}", this article itself: remove that entry.`,
    missing: (ref: string, dir: string) =>
      `related lists "${ref}", which does not exist. Write "<section>/<file name>" (without .mdx) of an English article: ${dir}${ref}.mdx must exist.`,
    draft: (ref: string) =>
      `related lists "${ref}", a draft (draft: true) readers cannot open. Remove the entry or publish that article first.`,
  },
} as const;

/**
 * Problems that no single file's schema can see: duplicate slugs or titles, `related`
 * entries that do not exist or point to drafts. Each message names the file and the fix.
 */
export function findCrossProblems(all: readonly ArticleLike[], lang: Lang = 'zh-CN'): Problem[] {
  const m = messages[lang];
  const dir = lang === 'en' ? 'content/en/' : 'content/';
  const problems: Problem[] = [];
  const byId = new Map(all.map((a) => [a.id, a]));
  const bySlug = new Map<string, ArticleLike>();
  const byTitle = new Map<string, ArticleLike>();
  for (const a of all) {
    if (!getSection(sectionOf(a.id))) {
      problems.push({ file: where(a, lang), message: m.section(sectionOf(a.id)) });
    }
    const sameSlug = bySlug.get(slugOf(a.id));
    if (sameSlug) {
      problems.push({
        file: where(a, lang),
        message: m.slug(slugOf(a.id), where(sameSlug, lang)),
      });
    } else bySlug.set(slugOf(a.id), a);
    const sameTitle = byTitle.get(a.data.title);
    if (sameTitle) {
      problems.push({
        file: where(a, lang),
        message: m.title(a.data.title, where(sameTitle, lang)),
      });
    } else byTitle.set(a.data.title, a);
    for (const ref of a.data.related) {
      const target = byId.get(ref);
      if (ref === a.id) {
        problems.push({ file: where(a, lang), message: m.self(ref) });
      } else if (!target) {
        problems.push({
          file: where(a, lang),
          message: m.missing(ref, dir),
        });
      } else if (!a.data.draft && target.data.draft) {
        problems.push({
          file: where(a, lang),
          message: m.draft(ref),
        });
      }
    }
  }
  return problems;
}

/** Throws one error listing every cross-file problem, or returns quietly when there are none. */
export function assertNoCrossProblems(all: readonly ArticleLike[], lang: Lang = 'zh-CN'): void {
  throwIfProblems(lang === 'en' ? 'The content check' : '内容检查', findCrossProblems(all, lang), lang === 'en');
}
