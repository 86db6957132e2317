import { describe, expect, it } from 'vitest';
import { chineseDate, isoDate } from './dates';
import { gitDates, lastUpdated } from './git-dates';

describe('dates', () => {
  it('shows the same day in both forms, in China Standard Time', () => {
    const late = new Date('2026-11-25T18:30:00Z'); // 26 Nov in Beijing
    expect(isoDate(late)).toBe('2026-11-26');
    expect(chineseDate(late)).toBe('2026年11月26日');
  });
  it('takes the frontmatter date first, then git, then the build date', () => {
    const build = new Date('2030-01-01T00:00:00Z');
    const override = new Date('2026-01-02T00:00:00Z');
    expect(lastUpdated('content/fixes/payment-failed.mdx', override, build)).toBe(override);
    const fromGit = lastUpdated('content/fixes/payment-failed.mdx', undefined, build);
    // A shallow clone has no usable history: the build date is the honest answer there.
    if (gitDates().size > 0) expect(fromGit.getTime()).toBeLessThan(build.getTime());
    else expect(fromGit).toBe(build);
    expect(lastUpdated('content/not-in-git.mdx', undefined, build)).toBe(build);
  });
});
