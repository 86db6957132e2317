// Internal links must reach a published page, and #anchors a real heading.
import GithubSlugger from 'github-slugger';
import type { RawArticle } from '../content/disk';
import { fixedPages, localePath } from '../content/routes';
import { isDraft, lineAt, type ArticleContext } from './article-context';
import type { Problem } from './problem';

/** The slugs Astro gives the `##`/`###` headings of an MDX body (github-slugger, as Astro does). */
export function headingSlugs(body: string): Set<string> {
  const slugger = new GithubSlugger();
  const out = new Set<string>();
  for (const m of body.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = (m[1] ?? '').replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    out.add(slugger.slug(text));
  }
  return out;
}

/** Pages that exist besides articles and sections (the offline page is not linked from content). */
const fixed = new Set<string>(
  [fixedPages.home, fixedPages.search, fixedPages.notices, fixedPages.accessibility].flatMap((p) => [
    p,
    localePath(p, 'en'),
  ]),
);

/** Broken links, links to drafts and missing anchors: Markdown `[text](/path/#anchor)` and `href="/path/"`. */
export function linkProblems(a: RawArticle, ctx: ArticleContext): Problem[] {
  const problems: Problem[] = [];
  for (const m of a.body.matchAll(/\]\((\/[^)\s]*)\)|href=["'](\/[^"']*)["']/g)) {
    const target = (m[1] ?? m[2] ?? '').trim();
    const line = lineAt(a, m.index ?? 0);
    const [path = '', anchor] = target.split('#');
    if (/\.(png|jpe?g|gif|svg|webp|avif|pdf|xml|txt)$/i.test(path)) continue;
    const known =
      ctx.byPath.has(path) ||
      ctx.sectionPaths.has(path) ||
      fixed.has(path) ||
      path.startsWith(fixedPages.diagnose) ||
      path.startsWith(localePath(fixedPages.diagnose, 'en'));
    if (!known) {
      const hint = ctx.byPath.has(`${path}/`)
        ? `末尾少了“/”，请写成 ${path}/`
        : '请确认文章的栏目和文件名，链接写成 /栏目/文件名/';
      problems.push({ file: a.filePath, line, message: `链接“${target}”指向的页面不存在。${hint}。` });
      continue;
    }
    if (!isDraft(a) && ctx.drafts.has(path)) {
      problems.push({
        file: a.filePath,
        line,
        message: `链接“${target}”指向草稿（draft: true），发布后读者打不开。请删掉链接或先发布那篇文章。`,
      });
    }
    const targetArticle = ctx.byPath.get(path);
    if (anchor && targetArticle && !headingSlugs(targetArticle.body).has(decodeURIComponent(anchor))) {
      const available = [...headingSlugs(targetArticle.body)].join('、') || '（那篇文章没有小标题）';
      problems.push({
        file: a.filePath,
        line,
        message: `链接“${target}”里的 #${anchor} 在 ${targetArticle.filePath} 里找不到对应的小标题。可用的有：${available}。`,
      });
    }
  }
  // Same-page anchors.
  for (const m of a.body.matchAll(/\]\(#([^)\s]+)\)/g)) {
    if (!headingSlugs(a.body).has(decodeURIComponent(m[1] ?? ''))) {
      problems.push({
        file: a.filePath,
        line: lineAt(a, m.index ?? 0),
        message: `链接“#${m[1]}”在本文里找不到对应的小标题。请检查小标题的写法。`,
      });
    }
  }
  return problems;
}
