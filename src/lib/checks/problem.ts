// The one shape every content check reports in, and how editors read it.

/** One problem found in one file. */
export interface Problem {
  /** Path of the file, relative to the project (e.g. `content/fixes/payment-failed.mdx`). */
  file: string;
  /** 1-based line, when the check knows it. */
  line?: number | undefined;
  /** What is wrong and how to fix it, in Chinese. */
  message: string;
}

/** Thrown for content that cannot be turned into a page; the message is for editors. */
export class ContentError extends Error {
  override name = 'ContentError';
}

/** Formats a problem the way editors read it: `file:line：message`. */
export function formatProblem(p: Problem): string {
  // English files (content/en/…) are written by English editors: "file:line — what to do".
  const english = /(^|\/)en\//.test(p.file);
  return `${p.file}${p.line ? `:${p.line}` : ''}${english ? ' — ' : '：'}${p.message}`;
}

/** Problems in reading order: by file, then by line. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((x, y) => x.file.localeCompare(y.file) || (x.line ?? 0) - (y.line ?? 0));
}

/** Throws one ContentError listing every problem under `heading`, or returns when there are none. */
export function throwIfProblems(heading: string, problems: readonly Problem[], english = false): void {
  if (problems.length === 0) return;
  const list = `\n- ${problems.map(formatProblem).join('\n- ')}`;
  throw new ContentError(
    english
      ? `${heading} found ${problems.length} problem(s):${list}`
      : `${heading}发现 ${problems.length} 个问题：${list}`,
  );
}
