// The safe order, held by the content check. On a page about fraud (`fraud: true`), a reader who
// has already paid must meet 110 before any other number: in its opening, before the first
// heading, and before the bank's 95588 (never the bank before hanging up and the police).
// Every number the reader is told to call is tap-to-call (`<Phone id>`), and no contact is
// printed in a form the site itself calls a scam sign (a prefix in front of a 95 number).
import { existsSync, readFileSync } from 'node:fs';
import {
  allowedNumberDigits,
  contacts,
  getContact,
  scamNumbers,
  type Contact,
  type PhoneContact,
} from '../../data/contacts';
import type { RawArticle } from '../content/disk';
import { isDraft, lineAt } from './article-context';
import { isEnglishFile } from './facts';
import type { Problem } from './problem';

const all: readonly Contact[] = contacts;
const police = getContact('police-110');
// The from-abroad form (`only: 'en'`) is printed only on English pages, labelled as such.
const phones = all.filter((c): c is PhoneContact => c.kind === 'phone' && !c.only);

/** Components that print numbers, and what they print first. */
function componentNumber(tag: string): string | undefined {
  const id = /\bid\s*=\s*["']([^"']+)["']/.exec(tag)?.[1];
  if (/^<(?:Phone|ContactCard)\b/.test(tag) && id) return all.find((c) => c.id === id)?.display ?? id;
  if (/^<IfScammed\b/.test(tag)) return police.display;
  if (/^<ScamNumbers\b/.test(tag)) return scamNumbers[0].display;
  if (/^<WrongNumbers\b/.test(tag)) return '95516';
  return undefined;
}

/** Every number a page prints, in reading order: components and contact numbers typed as text. */
export function numbersInBody(body: string): { number: string; index: number }[] {
  const known = allowedNumberDigits();
  const out: { number: string; index: number }[] = [];
  // Tags first (their ids are not text), then digits outside tags.
  for (const m of body.matchAll(/<[A-Z][A-Za-z]*\b[^>]*>/g)) {
    const n = componentNumber(m[0]);
    if (n) out.push({ number: n, index: m.index });
  }
  const text = body.replace(/<[^>]+>|\]\([^)]*\)/g, (s) => ' '.repeat(s.length));
  for (const m of text.matchAll(/(?<![\d.])\+?\d[\d ]*\d(?![\d.])/g)) {
    const digits = m[0].replace(/\D/g, '');
    if (known.has(digits)) out.push({ number: m[0].trim(), index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The messages of the fraud-order check, in the language of the file's editors. */
const orderText = {
  'zh-CN': {
    opening:
      '这篇是讲诈骗的文章（fraud: true），开头第一段就要告诉已经转了钱的读者先报警。请在第一个小标题之前写上：已经转了钱，先挂断、关掉屏幕共享，马上拨打 <Phone id="police-110" />。',
    before: (n: string) =>
      `这篇是讲诈骗的文章（fraud: true），号码“${n}”出现在第一个 110 之前。安全的顺序是先挂断、先报警，再找银行：请把 <Phone id="police-110" /> 写在它前面，或把这个号码移到后面。`,
  },
  en: {
    opening:
      'this is a fraud page (fraud: true): its opening, before the first heading, must tell a reader who already paid to call the police first. Write there: Already sent money? Hang up, stop screen sharing, note the account you paid and call <Phone id="police-110" />.',
    before: (n: string) =>
      `this is a fraud page (fraud: true) and the number "${n}" comes before the first 110. The safe order is hang up, then the police, then the bank: put <Phone id="police-110" /> before it, or move this number after it.`,
  },
} as const;

/** Problems with the order of numbers on a fraud page (other pages and drafts pass). */
export function fraudOrderProblems(a: RawArticle): Problem[] {
  if (isDraft(a) || a.data?.['fraud'] !== true) return [];
  const t = orderText[isEnglishFile(a.filePath) ? 'en' : 'zh-CN'];
  const numbers = numbersInBody(a.body);
  const firstPolice = numbers.findIndex((n) => n.number.replace(/\D/g, '') === police.tel);
  const heading = /^#{2,}\s/m.exec(a.body)?.index ?? a.body.length;
  if (firstPolice < 0 || (numbers[firstPolice]?.index ?? Infinity) > heading) {
    return [
      {
        file: a.filePath,
        line: lineAt(a, Math.min(heading, numbers[firstPolice]?.index ?? heading)),
        message: t.opening,
      },
    ];
  }
  const before = numbers.slice(0, firstPolice);
  return before.map((n) => ({ file: a.filePath, line: lineAt(a, n.index), message: t.before(n.number) }));
}

/** A call verb followed by a contact's number typed as plain text, e.g. “拨打 95588”. */
const callVerb = /(拨打|再拨|拨|打给|打|问)\s*$/;

/** Numbers the reader is told to call but cannot tap (headings and link text are left alone). */
export function untappableCallProblems(a: RawArticle): Problem[] {
  if (isDraft(a)) return [];
  const out: Problem[] = [];
  let offset = 0;
  for (const line of a.body.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (/^\s*#/.test(line)) continue;
    // Link text and component tags are not sentences the reader taps in.
    const text = line.replace(/\[[^\]]*\]\([^)]*\)|<[^>]+>/g, (s) => ' '.repeat(s.length));
    for (const c of phones) {
      const re = new RegExp(`(?<![\\d+])${c.display.replace(/[+ ]/g, (ch) => (ch === '+' ? '\\+' : ' '))}(?!\\d)`, 'g');
      for (const m of text.matchAll(re)) {
        if (!callVerb.test(text.slice(0, m.index))) continue;
        // A bold step title (“**打 95588 挂失。**”) whose sentence then gives the tappable number.
        if (line.includes(`<Phone id="${c.id}"`)) continue;
        out.push({
          file: a.filePath,
          line: lineAt(a, start + m.index),
          message: `这里让读者拨打 ${c.display}，但号码是普通文字，在手机上点不了。请写成 <Phone id="${c.id}" />。`,
        });
      }
    }
  }
  return out;
}

/**
 * How a number looks when it carries something in front of a 95 service number (+86 with or
 * without an area code, 000, 400, an area code): the form the site teaches readers to treat as a
 * scam sign (src/data/contacts.ts, scamNumbers). Hong Kong's +852 2189 5588 is another number.
 */
export function looksLikeScamForm(display: string): boolean {
  const groups = display.trim().split(/\s+/);
  const last = groups.at(-1) ?? '';
  if (groups.length > 1 && /^95\d{3,4}$/.test(last)) return true;
  return /^(?:\+86(?:0?\d{2,3})?|0{2,}|400|0\d{2,3})95\d{3,4}$/.test(display.replace(/\s+/g, ''));
}

/** Contacts printed (or dialled) in a scam-sign form, reported at their line in contacts.ts. */
export function contactFormProblems(file = 'src/data/contacts.ts', list: readonly PhoneContact[] = phones): Problem[] {
  const source = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const lineOf = (s: string) => {
    const i = source.indexOf(`'${s}'`);
    return i < 0 ? undefined : source.slice(0, i).split('\n').length;
  };
  const out: Problem[] = [];
  for (const c of list) {
    for (const shown of [c.display, c.tel]) {
      if (!looksLikeScamForm(shown)) continue;
      out.push({
        file,
        line: lineOf(shown),
        message: `联系方式“${c.name}”写成了“${shown}”：95 开头的号码前面加了别的数字，正是本站教读者当成诈骗信号的样子。中文页面请写读者在中国内地直接拨的号码（例如 956196），前后不加任何数字。`,
      });
    }
  }
  return out;
}
