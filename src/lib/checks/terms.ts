// The terms dictionary (content/terms.yml, prh format) that editors keep: loaded and tested once
// here, so that a broken rule is reported in Chinese instead of failing inside textlint.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromYAML } from 'prh';
import type { Problem } from './problem';

/** The terms dictionary of a content folder, ready for textlint-rule-prh. */
export interface Terms {
  /** The file, relative to the working directory. */
  file: string;
  /** Its YAML text (given to textlint-rule-prh as `ruleContents`); undefined when unusable. */
  yaml: string | undefined;
  /** Official names that mix Chinese and Latin letters (工银e钱包): the spacing rule lets them be. */
  keep: string[];
  /** What is wrong with the file itself. */
  problems: Problem[];
}

const cjk = /\p{Script=Han}/u;
const mixed = /\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u;

/** Reads and tests `terms.yml` in `dir` (prh checks every rule's `specs` while loading). */
export function loadTerms(dir: string): Terms {
  const file = join(dir, 'terms.yml');
  if (!existsSync(file)) {
    return {
      file,
      yaml: undefined,
      keep: [],
      problems: [{ file, message: '缺少用词表。请从 git 历史里恢复这个文件（格式见编辑指南“统一用词和排版”）。' }],
    };
  }
  const yaml = readFileSync(file, 'utf8');
  try {
    const engine = fromYAML(file, yaml);
    const keep = engine.rules.map((r) => r.expected).filter((e) => cjk.test(e) && mixed.test(e) && !e.includes('$'));
    return { file, yaml, keep, problems: [] };
  } catch (e) {
    return {
      file,
      yaml: undefined,
      keep: [],
      problems: [{ file, message: termsFileError(e instanceof Error ? e.message : String(e)) }],
    };
  }
}

/** prh's English load errors, said in Chinese with what to change. */
function termsFileError(message: string): string {
  const spec = /^(.*) spec failed\. "(.*)", expected "(.*)", but got "(.*)", (.*)$/s.exec(message);
  if (spec) {
    const [, expected, from, to, got] = spec;
    return `用词表里“${expected}”这一条的例子没有通过：“${from}”按这条规则会改成“${got}”，但例子写的是“${to}”。请修改 pattern，或者改正例子（specs）。`;
  }
  const line = /line (\d+)/.exec(message)?.[1];
  if (/YAML|YAMLException|bad indentation|unexpected/i.test(message)) {
    return `用词表的 YAML 写法有误${line ? `（第 ${line} 行附近）` : ''}：${message.split('\n')[0]}。常见原因：冒号后面少了空格、缩进不一致、正则表达式没有用 /…/ 包起来。`;
  }
  return `用词表有一条规则写得不对：${message.split('\n')[0]}。每一条都要有 expected（应该写的词），pattern 里的正则表达式要用 /…/ 包起来。`;
}

/** The Chinese message for one finding of textlint-rule-prh (`actual => expected` and the rule's `prh` note). */
export function termMessage(actual: string, expected: string, note: string | undefined): string {
  return `用词：“${actual}”请写作“${expected}”。${note ? note.trim() : ''}`.trim();
}
