// Checks the built site: every internal link and #anchor in every page leads somewhere.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from './index';
import { htmlFiles } from '../build/dist-files';

/** The file a site path is served from, or undefined. */
function fileFor(dist: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split('?')[0] ?? '');
  const candidates = [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** Every broken internal link or anchor in the HTML under `dist`. */
export function checkBuiltLinks(dist: string): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
      ids.set(file, set);
    }
    return set;
  };
  for (const page of htmlFiles(dist)) {
    const html = readFileSync(page, 'utf8');
    for (const m of html.matchAll(/<a\s[^>]*?href="(\/(?!\/)[^"]*|#[^"]*)"/g)) {
      const href = (m[1] ?? '').replace(/&amp;/g, '&');
      const [path = '', anchor] = href.split('#');
      const target = path ? fileFor(dist, path) : page;
      const where = relative(process.cwd(), page);
      if (!target) {
        problems.push({
          file: where,
          message: `构建出的页面里有链接“${href}”，但网站上没有这个页面。请在文章源文件里改正这个链接。`,
        });
      } else if (anchor && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(anchor))) {
        problems.push({
          file: where,
          message: `链接“${href}”的 #${decodeURIComponent(anchor)} 在目标页面上不存在。请检查小标题或锚点的写法。`,
        });
      }
    }
  }
  return problems;
}
