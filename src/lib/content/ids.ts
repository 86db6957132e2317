import { existsSync } from 'node:fs';
import { sections } from '../../data/sections';
import { ContentError, formatProblem, type Problem } from '../checks/problem';

const seen = new Map<string, string>();

/**
 * Why a path under `content/` cannot be an article, or undefined when it can. The folder is
 * the section (one source of truth) and the file name is the URL. `seenIds` remembers the ids
 * already given out, so the second file with the same id is reported.
 */
export function placementProblem(
  entry: string,
  baseDir = 'content',
  seenIds: Map<string, string> = seen,
): Problem | undefined {
  const parts = entry.split('/');
  const file = `${baseDir.replace(/\/$/, '')}/${entry}`;
  const ids = sections.map((s) => s.id).join('、');
  if (parts.length !== 2) {
    return { file, message: `文章必须直接放在某个栏目文件夹里（content/<栏目>/<文件名>.mdx）。可用的栏目：${ids}。` };
  }
  const [section = '', name = ''] = parts;
  if (!sections.some((s) => s.id === section)) {
    return {
      file,
      message: `未知栏目“${section}”。请把文件移到这些文件夹之一：${ids}；要新增栏目，先在 src/data/sections.ts 里加一项。`,
    };
  }
  const slug = name.replace(/\.mdx?$/, '');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    return {
      file,
      message: `文件名“${name}”不能用作网址。请只用小写英文字母、数字和连字符，例如 payment-failed.mdx。`,
    };
  }
  const id = `${section}/${slug}`;
  const previous = seenIds.get(id);
  if (previous && previous !== file && existsSync(previous)) {
    return { file, message: `和 ${previous} 的网址相同（/${id}/）。请删除其中一个，或给其中一个改名。` };
  }
  seenIds.set(id, file);
  return undefined;
}

/**
 * Turns a path under `content/` (`fixes/payment-failed.mdx`) into the article id
 * (`fixes/payment-failed`). Throws a Chinese message naming the file when it is not allowed.
 */
export function articleIdFromPath(entry: string, baseDir = 'content', seenIds: Map<string, string> = seen): string {
  const problem = placementProblem(entry, baseDir, seenIds);
  if (problem) throw new ContentError(formatProblem(problem));
  return entry.replace(/\.mdx?$/, '');
}
