// Build time: content/situations.yaml → the instant file's `situations`. Every word is put in the
// query's normal form (Simplified, half-width, lower case) and also spelled in toneless pinyin,
// spaced and joined (要我 → "yao wo", "yaowo"), so a reader typing pinyin is understood; IME
// slips and English reach the words through the query's rewrite (src/search/shared/query.ts).
// The English edition's file (content/en/situations.yaml) is compiled in the English query
// layer's stems instead (src/search/shared/english.ts), the form its matcher reads a query in.
import { englishWords, stemWords } from '../shared/english';
import { normalize } from '../shared/normalize';
import type { CompiledSituations, LinePart } from '../shared/situations';
import type { Situations } from '../../schemas/situations';
import { termSyllables } from './pinyin';

/** A number the line may name: its printed form and, when it can be called, its tel: number. */
export interface LinePhone {
  display: string;
  tel?: string;
}

/** The forms a word is matched in: as written (normalised) and in pinyin. */
function forms(word: string, t2s: Readonly<Record<string, string>>): string[] {
  const w = normalize(word, t2s);
  if (!/^\p{Script=Han}+$/u.test(w)) return [w];
  const syllables = termSyllables(w);
  if (!syllables.every((s) => /^[a-z]+$/.test(s))) return [w];
  return [...new Set([w, syllables.join(' '), syllables.join('')])];
}

/** The line split at its {phone id} placeholders. Throws when one names no phone (the check reports it first). */
export function lineParts(line: string, phones: ReadonlyMap<string, LinePhone>): LinePart[] {
  return line
    .split(/(\{[^{}]*\})/)
    .filter(Boolean)
    .map((part) => {
      const id = /^\{([^{}]*)\}$/.exec(part)?.[1];
      if (id === undefined) return part;
      const phone = phones.get(id);
      if (!phone) throw new Error(`situations.yaml: {${id}} is no number of src/data/contacts.ts`);
      return phone.tel ? { display: phone.display, tel: phone.tel } : { display: phone.display };
    });
}

/** Compiles the validated file for the instant file (`lang: 'en'`: content/en/situations.yaml). */
export function compileSituations(
  file: Situations,
  t2s: Readonly<Record<string, string>>,
  phones: ReadonlyMap<string, LinePhone>,
  lang: 'zh-CN' | 'en' = 'zh-CN',
): CompiledSituations {
  const en = lang === 'en';
  const formsOf = en ? (w: string) => [stemWords(normalize(w))] : (w: string) => forms(w, t2s);
  const all = (words: readonly string[]) => [...new Set(words.flatMap(formsOf))];
  // English "already" words and negations as written: their stems would be the present tense.
  const asWritten = (words: readonly string[]) =>
    en ? [...new Set(words.map((w) => englishWords(normalize(w))))] : all(words);
  return {
    ...(en ? { lang } : {}),
    already: asWritten(file.already),
    negations: asWritten(file.negations),
    list: file.situations.map((s) => ({
      id: s.id,
      article: s.article,
      line: lineParts(s.line, phones),
      already: s.already,
      groups: Object.values(s.concepts).map(all),
      unless: all(s.unless ?? []),
    })),
  };
}
