import { execFileSync } from 'node:child_process';

let cache: Map<string, Date> | undefined;

/**
 * Last commit date of every file git knows, read in one `git log` pass.
 * Empty on a shallow clone (its dates would all be the clone's one commit) or without git.
 */
export function gitDates(): Map<string, Date> {
  if (cache) return cache;
  cache = new Map();
  try {
    const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (shallow === 'true') return cache;
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--relative', '.'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    for (const block of log.split('\u0000')) {
      const [date, ...files] = block.split('\n').filter(Boolean);
      if (!date) continue;
      for (const file of files) if (!cache.has(file)) cache.set(file, new Date(date));
    }
  } catch {
    // Not a git checkout: callers fall back to frontmatter and the build date.
  }
  return cache;
}

/** The date a page shows as last updated: frontmatter override, else git, else the build date. */
export function lastUpdated(filePath: string | undefined, override: Date | undefined, buildDate = new Date()): Date {
  if (override) return override;
  const fromGit = filePath ? gitDates().get(filePath) : undefined;
  return fromGit ?? buildDate;
}
