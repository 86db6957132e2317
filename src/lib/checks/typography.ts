// Chinese typography, checked by zhlint inside textlint, so that it sees only what readers
// read: textlint-plugin-mdx has already told prose from frontmatter, imports, JSX and code.
// The site writes one way (zhlint's convention, with the mainland's full-width punctuation):
// one space between Chinese and Latin letters or digits (拨打 95588, 数字人民币 App), none
// around full-width punctuation, quotes “” and brackets （）.
import type { TxtNode, TxtParentNode } from '@textlint/ast-node-types';
import type { TextlintRuleModule, TextlintRuleReporter } from '@textlint/types';
import { diffChars } from 'diff';
import { run, type IgnoredCase, type Options as ZhlintOptions, type Validation } from 'zhlint';

/** zhlint's rules as the site uses them (the default preset, adjusted for mainland punctuation). */
export const zhlintRules: NonNullable<ZhlintOptions['rules']> = {
  preset: 'default',
  // Chinese text keeps full-width brackets （） (GB/T 15834); zhlint's default turns them half-width.
  halfwidthPunctuation: '',
  fullwidthPunctuation: '，。：；？！“”‘’（）',
  // “” are full-width in the CJK fonts phones use with lang="zh-CN": no space outside them.
  adjustedFullwidthPunctuation: '',
  // Numbers and units are spaced like any other digits: 24 小时, 2024 年 2 月, 5000 元.
  skipZhUnits: '',
};

/** What an editor should do about each zhlint finding (zhlint's own wording is kept as a fallback). */
const hints: Record<string, string> = {
  此处中英文内容之间需要一个空格: '中文和英文、数字之间空一格，<Phone /> 这类组件前后也一样。',
  此处半角内容之间需要一个空格: '英文单词、数字之间要空一格。',
  此处全角内容之间不需要空格: '中文字之间不要留空格。',
  此处标点符号后不需要空格: '全角标点（，。：；？！）后面不要留空格。',
  此处标点符号前不需要空格: '标点前面不要留空格。',
  此处标点符号需要使用全角: '中文句子里的标点要用全角：，。：；？！（）“”。',
  此处字符需要统一: '请用简体中文的标点：引号写“”‘’，省略号写……。',
  此处标点符号需要统一到简体: '请用简体中文的标点：引号写“”‘’。',
  此处引号的外部不需要空格: '中文引号“”外面不要留空格。',
  此处引号的内部不需要空格: '引号里面的开头和结尾不要留空格。',
  此处括号的外部不需要空格: '全角括号（）外面不要留空格。',
  此处括号的内部不需要空格: '括号里面的开头和结尾不要留空格。',
  此处内联代码的外部需要一个空格: '`代码` 前后要空一格。',
  '此处 Markdown 标记的内部不需要空格': '** 和 * 要紧贴里面的文字，不要写成“** 挂断 **”。',
  '此处 Markdown 标记的空格需要在外部': '** 和 * 要紧贴里面的文字，空格放在标记外面。',
  此处需要去除外部空格: '这一段的开头或结尾多了空格。',
};

/** The Chinese hint for a zhlint message. */
export function typographyHint(zhlintMessage: string): string {
  return hints[zhlintMessage] ?? `${zhlintMessage}。`;
}

/** Options of the textlint rule. */
export interface TypographyOptions {
  /** Names written exactly as they are, even against the spacing rule (e.g. 工银e钱包). */
  keep?: string[];
}

const isParent = (n: TxtNode): n is TxtParentNode => Array.isArray((n as TxtParentNode).children);
const hasText = (n: TxtNode): boolean => n.type === 'Str' || (isParent(n) && n.children.some(hasText));
const blockTypes = new Set(['Paragraph', 'Header', 'TableCell']);

/** A block of prose: where it starts in the source and the text zhlint gets for it. */
interface Block {
  start: number;
  text: string;
}

/**
 * The block's source as zhlint should see it: an inline component without text (`<Phone id="…" />`)
 * becomes a Latin word of the same length, so it is spaced like the number it shows; a `{…}`
 * expression becomes inline code. Offsets stay as they are.
 */
function masked(block: TxtNode, source: string): Block {
  // A table cell's range includes its `|`; only the text inside is prose.
  const first = block.type === 'TableCell' && isParent(block) ? block.children[0] : undefined;
  const last = block.type === 'TableCell' && isParent(block) ? block.children.at(-1) : undefined;
  const start = first?.range[0] ?? block.range[0];
  const end = last?.range[1] ?? block.range[1];
  let text = source.slice(start, end);
  const put = (from: number, to: number, s: string) => {
    text = text.slice(0, from - start) + s + text.slice(to - start);
  };
  const walk = (n: TxtNode) => {
    if (n !== block && n.type === 'Paragraph' && !hasText(n))
      put(n.range[0], n.range[1], 'x'.repeat(n.range[1] - n.range[0]));
    else if (n.type === 'Code' && n.raw.startsWith('{'))
      put(n.range[0], n.range[1], `\`${'x'.repeat(n.range[1] - n.range[0] - 2)}\``);
    else if (isParent(n)) n.children.forEach(walk);
  };
  walk(block);
  return { start, text };
}

/** One change zhlint would make, in offsets of the text it was given. */
interface Hunk {
  from: number;
  to: number;
  insert: string;
}

/** The changes between a text and zhlint's corrected text; nearby ones on a line merged into one. */
function hunks(before: string, after: string): Hunk[] {
  const out: Hunk[] = [];
  let at = 0;
  for (const c of diffChars(before, after)) {
    if (c.added) out.push({ from: at, to: at, insert: c.value });
    else if (c.removed) {
      out.push({ from: at, to: at + c.value.length, insert: '' });
      at += c.value.length;
    } else at += c.value.length;
  }
  const merged: Hunk[] = [];
  for (const h of out) {
    const last = merged.at(-1);
    // `拨打95588咨询` is one slip with two missing spaces: report it once.
    if (last && h.from - last.to <= 6 && !before.slice(last.to, h.from).includes('\n')) {
      last.insert += before.slice(last.to, h.from) + h.insert;
      last.to = h.to;
    } else merged.push({ ...h });
  }
  return merged;
}

/** zhlint's message for a change: the finding nearest before it (zhlint points at the token, not the space). */
function messageFor(h: Hunk, validations: readonly Validation[]): string {
  let best: Validation | undefined;
  for (const v of validations) if (v.index <= h.to && (!best || v.index >= best.index)) best = v;
  return (best ?? validations[0])?.message ?? '';
}

/** The message reported for bold text that did not take. */
export const brokenBold = 'BOLD';

/** textlint rule: zhlint over every paragraph, heading and table cell; and bold that did not take. */
const reporter: TextlintRuleReporter<TypographyOptions> = (context, options) => {
  const { Syntax, RuleError, report, getSource, locator, fixer } = context;
  const ignoredCases: IgnoredCase[] = (options?.keep ?? []).map((textStart) => ({ textStart }));
  return {
    [Syntax.Document](doc) {
      const source = getSource(doc);
      const blocks: Block[] = [];
      const walk = (n: TxtNode, inBlock: boolean) => {
        // Literal ** in text means the bold did not parse (CommonMark: `**…。**文字` needs a space).
        const bold = n.type === 'Str' ? String((n as { value?: unknown }).value).search(/\*\*|__/) : -1;
        if (bold >= 0)
          report(
            doc,
            new RuleError(brokenBold, { padding: locator.range([n.range[0] + bold, n.range[0] + bold + 2]) }),
          );
        if (!inBlock && blockTypes.has(n.type)) blocks.push(masked(n, source));
        if (isParent(n)) for (const c of n.children) walk(c, inBlock || blockTypes.has(n.type));
      };
      walk(doc, false);
      // One zhlint run per file (it parses Markdown each time): the blocks, a blank line apart.
      const offsets: number[] = [];
      let joined = '';
      for (const b of blocks) {
        offsets.push(joined.length);
        joined += `${b.text}\n\n`;
      }
      const { result, validations } = run(joined, {
        rules: zhlintRules,
        hyperParse: ['ignore', 'markdown'],
        ignoredCases,
      });
      if (result === joined) return;
      for (const h of hunks(joined, result)) {
        // `**先挂断。** 再打电话`: after bold that ends in punctuation CommonMark needs the space
        // (without it the bold does not render), so the site keeps it.
        if (h.insert === '' && joined.slice(h.from, h.to) === ' ' && /\p{P}[*_]+$/u.test(joined.slice(0, h.from)))
          continue;
        let i = offsets.length - 1;
        while (i > 0 && (offsets[i] ?? 0) > h.from) i--;
        const shift = (blocks[i]?.start ?? 0) - (offsets[i] ?? 0);
        const range = [h.from + shift, h.to + shift] as const;
        const padding = locator.range([range[0], Math.max(range[1], range[0] + 1)]);
        report(
          doc,
          new RuleError(messageFor(h, validations), { padding, fix: fixer.replaceTextRange(range, h.insert) }),
        );
      }
    },
  };
};

/** The typography rule as textlint loads it (fixable: `fixText` applies zhlint's corrections). */
export const typographyRule: TextlintRuleModule<TypographyOptions> = { linter: reporter, fixer: reporter };
