// Phone numbers and web addresses must be the verified ones of src/data/contacts.ts.
import { allowedHosts, allowedNumberDigits } from '../../data/contacts';
import type { RawArticle } from '../content/disk';
import { lineAt } from './article-context';
import type { Problem } from './problem';

/**
 * Phone-like numbers: five or more digits that are not amounts, dates, counts or ordinals
 * (第 10000 段).
 */
const phonePattern =
  /(?<![\d.,/\w-])(?<!第\s*)\+?\d[\d -]{3,}\d(?![\d.,]*\s*(?:元|万|块|笔|次|%|年|月|日|天|小时|分钟|个|位|条|岁))(?![\w-]*\/)/g;

/**
 * Full-width digits, plus, hyphen and space as their ASCII selves, one character for one, so
 * ９５５９９ is checked like 95599 and the offsets stay the text's own.
 */
function halfWidth(text: string): string {
  return text
    .replace(/[\uff10-\uff19\uff0b\uff0d]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}
const hostPattern = /\b(?:https?:\/\/)?((?:[a-z0-9-]+\.)+(?:com|cn|net|org|gov|top|xyz|vip|cc|io)(?:\.cn)?)\b/gi;

/** A host is allowed when it is a verified one or lies under one (never a parent such as com.cn). */
function hostAllowed(host: string, allowed: Set<string>): boolean {
  const h = host.toLowerCase();
  return [...allowed].some((a) => h === a || h.endsWith(`.${a}`));
}

/** Is this a file of the English edition (content/en/…)? Its editors read English messages. */
export function isEnglishFile(file: string): boolean {
  return /(^|\/)en\//.test(file);
}

/** Problems in one text (frontmatter, body, a data file) about facts: numbers and web addresses. */
export function factProblems(file: string, text: string, lineOf: (i: number) => number | undefined): Problem[] {
  const out: Problem[] = [];
  // English files (content/en/…) may print the e-CNY line's from-abroad form; Chinese ones never.
  const english = isEnglishFile(file);
  const numbers = allowedNumberDigits(english ? 'en' : 'zh-CN');
  const hosts = allowedHosts();
  for (const m of halfWidth(text).matchAll(phonePattern)) {
    const digits = m[0].replace(/\D/g, '');
    // Dates written as 20261125 are not phone numbers; 199… mobile numbers are.
    if (digits.length < 5 || numbers.has(digits) || /^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.test(digits))
      continue;
    out.push({
      file,
      line: lineOf(m.index ?? 0),
      message: english
        ? `the number "${text.slice(m.index, m.index + m[0].length).trim()}" is not a verified contact. Use only the numbers of src/data/contacts.ts, e.g. <Phone id="icbc-hotline" />; a new number must be verified and added there first.`
        : `号码“${text.slice(m.index, m.index + m[0].length).trim()}”不在已核实的联系方式里。只能使用 src/data/contacts.ts 中的号码（例如 <Phone id="icbc-hotline" />）；新号码须先核实来源再加入那里。`,
    });
  }
  for (const m of text.matchAll(hostPattern)) {
    const host = m[1] ?? '';
    if (hostAllowed(host, hosts)) continue;
    out.push({
      file,
      line: lineOf(m.index ?? 0),
      message: english
        ? `the address "${m[0]}" is not a verified official website. Use only the sites of src/data/contacts.ts, e.g. <Site id="icbc-website" />.`
        : `网址“${m[0]}”不在已核实的官方网站里。只能使用 src/data/contacts.ts 中的网站（例如 <Site id="icbc-website" />）。`,
    });
  }
  return out;
}

/** Unverified numbers and addresses in an article's frontmatter and body. */
export function articleFactProblems(a: RawArticle): Problem[] {
  const fm = a.data ? JSON.stringify(a.data) : '';
  return [...factProblems(a.filePath, fm, () => 1), ...factProblems(a.filePath, a.body, (i) => lineAt(a, i))];
}
