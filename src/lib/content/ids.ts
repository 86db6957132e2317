import { existsSync } from 'node:fs';
import { sections } from '../../data/sections';

/** Thrown for content that cannot be turned into a page; the message is for editors. */
export class ContentError extends Error {
  override name = 'ContentError';
}

const seen = new Map<string, string>();

/**
 * Turns a path under `content/` (`fixes/payment-failed.mdx`) into the article id
 * (`fixes/payment-failed`). The folder is the section: one source of truth.
 * Throws a Chinese message naming the file when the folder or file name is not allowed.
 */
export function articleIdFromPath(entry: string, baseDir = 'content', seenIds: Map<string, string> = seen): string {
  const parts = entry.split('/');
  const file = `${baseDir.replace(/\/$/, '')}/${entry}`;
  const ids = sections.map((s) => s.id).join('、');
  if (parts.length !== 2) {
    throw new ContentError(
      `${file}：文章必须直接放在某个栏目文件夹里（content/<栏目>/<文件名>.mdx）。可用的栏目：${ids}。`,
    );
  }
  const [section = '', name = ''] = parts;
  if (!sections.some((s) => s.id === section)) {
    throw new ContentError(
      `${file}：未知栏目“${section}”。请把文件移到这些文件夹之一：${ids}；要新增栏目，先在 src/data/sections.ts 里加一项。`,
    );
  }
  const slug = name.replace(/\.mdx?$/, '');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    throw new ContentError(
      `${file}：文件名“${name}”不能用作网址。请只用小写英文字母、数字和连字符，例如 payment-failed.mdx。`,
    );
  }
  const id = `${section}/${slug}`;
  const previous = seenIds.get(id);
  if (previous && previous !== file && existsSync(previous)) {
    throw new ContentError(
      `${file}：和 ${previous} 的网址相同（/${id}/）。请删除其中一个，或给其中一个改名。`,
    );
  }
  seenIds.set(id, file);
  return id;
}
