// npm run bench:content [-- --dir content] [--runs 3]
// Prints how long `npm run check:content` spends on each check over a content folder: loading
// the tools (once per process), MDX syntax, the schema/facts/links checks, and terms and
// typography (textlint). A script, not a test: times vary from machine to machine.
const started = performance.now();
export {};
const { readArticles } = await import('../../src/lib/content/disk');
const { checkArticles, checkDataFiles } = await import('../../src/lib/checks/index');
const { checkMdxSyntax } = await import('../../src/lib/checks/mdx-syntax');
const { checkProse } = await import('../../src/lib/checks/prose');
const loaded = performance.now();

const args = process.argv.slice(2);
const flag = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const dir = flag('dir') ?? 'content';
const runs = Number(flag('runs') ?? 3);

const ms = (t: number) => `${Math.round(t)} ms`;
console.log(`content check over ${dir}: loading the tools ${ms(loaded - started)}`);
for (let run = 1; run <= runs; run++) {
  const t0 = performance.now();
  const articles = readArticles(dir);
  const t1 = performance.now();
  await checkMdxSyntax(articles);
  const t2 = performance.now();
  checkArticles(articles);
  checkDataFiles(dir, articles);
  const t3 = performance.now();
  await checkProse(articles, dir);
  const t4 = performance.now();
  console.log(
    `run ${run} (${articles.length} articles): read ${ms(t1 - t0)}, MDX syntax ${ms(t2 - t1)}, schema/facts/links ${ms(t3 - t2)}, terms+typography ${ms(t4 - t3)}, total ${ms(t4 - t0)}${run === 1 ? ` (${ms(t4 - started)} with loading)` : ''}`,
  );
}
