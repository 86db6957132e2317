// Reads article files straight from disk, for scripts and tests that run outside Astro
// (the content check, the scaffolder, coverage tests). The build itself uses astro:content.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** An article file as found on disk, frontmatter not yet validated. */
export interface RawArticle {
  /** `section/slug` for a well-placed file; otherwise the path under the content folder without extension. */
  id: string;
  /** Path under the content folder, e.g. `fixes/payment-failed.mdx`. */
  entry: string;
  /** Path relative to the working directory. */
  filePath: string;
  /** Parsed frontmatter (unvalidated), or undefined when it could not be parsed. */
  data: Record<string, unknown> | undefined;
  /** Why the frontmatter could not be parsed. */
  frontmatterError?: string;
  /** The frontmatter as written (between the two `---` lines), for checks that need its lines. */
  frontmatter?: string;
  /** Everything after the frontmatter. */
  body: string;
  /** Line number (1-based) where the body starts. */
  bodyLine: number;
  /** Why the file cannot be read as an article at all (BOM, not UTF-8, too big, unclosed frontmatter). */
  fault?: FileFault;
}

/** A fault of the file as a whole: the other checks would only mislead, so they skip it. */
export interface FileFault {
  line: number;
  message: string;
}

/**
 * The largest content file the site takes: 64 KB of source, 20 times today's largest article
 * (3.2 KB). A longer article is a book, not help for a worried reader on a phone, and on a
 * 250 kbit/s line its page alone would take seconds; it belongs split into several articles.
 */
export const contentFileLimit = 64 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A content file's text, or why it cannot be one: a UTF-8 BOM (the frontmatter would not be
 * found), bytes that are not UTF-8 (Vite would fail later, in English), a file over
 * {@link contentFileLimit}. The message is for editors, in Chinese.
 */
export function readContentFile(path: string): { text: string; fault?: FileFault } {
  const bytes = readFileSync(path);
  const loose = bytes.toString('utf8');
  if (bytes.length > contentFileLimit) {
    return {
      text: loose,
      fault: {
        line: 1,
        message: `文件有 ${(bytes.length / 1024).toFixed(0)} KB，超过了每个文件 ${contentFileLimit / 1024} KB 的上限（现在最长的文章约 3 KB）。这么长的内容读者在手机上读不完，慢网络下也打不开。请按小标题拆成几篇文章，用 [文字](/栏目/文件名/) 互相链接。`,
      },
    };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      text: loose.slice(1),
      fault: {
        line: 1,
        message:
          '文件开头有一个看不见的 BOM 标记（UTF-8 BOM，字节 EF BB BF），开头的 --- 因此认不出来。请在编辑器里把文件另存为“UTF-8”（不带 BOM；VS Code 右下角点“UTF-8 with BOM”→“通过编码保存”→“UTF-8”）。',
      },
    };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    // The first byte that is not UTF-8 became U+FFFD in the loose reading.
    const line = loose.slice(0, Math.max(0, loose.indexOf('\uFFFD'))).split('\n').length;
    return {
      text: loose,
      fault: {
        line,
        message: `文件不是 UTF-8 编码：第 ${line} 行有无法识别的字节（常见于用 GBK、GB2312 或“ANSI”保存的文件）。请在编辑器里把文件另存为“UTF-8”编码，再检查这一行的文字有没有变成乱码。`,
      },
    };
  }
}

/** Opens with a `---` line that no later `---` line closes: every field would read as body text. */
const unclosedFault: FileFault = {
  line: 1,
  message:
    '第 1 行的 --- 开始了 frontmatter，但后面没有另一行 --- 把它关上，所以整个文件都被当成了正文。请在最后一个字段（通常是 keywords: […]）下面另起一行，只写 ---，再空一行开始正文。',
};

/** The text of a content file split into frontmatter and body, with the file's fault if any. */
export function readContentParts(path: string): ReturnType<typeof splitFrontmatter> & { fault?: FileFault } {
  const { text, fault } = readContentFile(path);
  const parts = splitFrontmatter(text);
  if (fault) return { ...parts, fault };
  if (parts.frontmatter === undefined && /^---\r?\n/.test(text)) return { ...parts, fault: unclosedFault };
  return parts;
}

/** Splits a Markdown/MDX file into frontmatter text and body. */
export function splitFrontmatter(text: string): { frontmatter: string | undefined; body: string; bodyLine: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { frontmatter: undefined, body: text, bodyLine: 1 };
  return { frontmatter: m[1] ?? '', body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

/**
 * Every `.md`/`.mdx` file under `dir` at any depth, except `notices/` (their own collection) and
 * `en/` (the English edition: read it as its own folder, `readArticles('content/en')`).
 */
export function readArticles(dir = 'content'): RawArticle[] {
  const entries: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(join(dir, rel)).isDirectory()) {
        if (rel !== 'notices' && rel !== 'en') walk(rel);
      } else if (/\.mdx?$/.test(name)) entries.push(rel);
    }
  };
  walk('');
  return entries.map((entry) => {
    const filePath = relative(process.cwd(), join(dir, entry));
    const { frontmatter, body, bodyLine, fault } = readContentParts(filePath);
    let data: Record<string, unknown> | undefined;
    let frontmatterError: string | undefined;
    try {
      data = frontmatter === undefined ? undefined : ((parseYaml(frontmatter) as Record<string, unknown>) ?? {});
    } catch (e) {
      frontmatterError = e instanceof Error ? e.message : String(e);
    }
    return {
      id: entry.replace(/\.mdx?$/, ''),
      entry,
      filePath,
      data,
      ...(frontmatterError ? { frontmatterError } : {}),
      ...(frontmatter === undefined ? {} : { frontmatter }),
      body,
      bodyLine,
      ...(fault ? { fault } : {}),
    };
  });
}

/** Reads a YAML data file; `error` says what is wrong and on which line. */
export function readYaml(path: string): { data?: unknown; error?: string; missing?: boolean } {
  if (!existsSync(path)) return { missing: true };
  try {
    return { data: parseYaml(readFileSync(path, 'utf8')) as unknown };
  } catch (e) {
    return { error: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e) };
  }
}
