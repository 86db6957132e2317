import { zhCN, type UIKey } from './zh-CN';
import { en } from './en';

export type { UIKey };

/** The languages of the site: Chinese at the root, English under /en/. */
export const languages = ['zh-CN', 'en'] as const;

/** A language of the site (the value of `<html lang>` and Astro's locale). */
export type Lang = (typeof languages)[number];

/** The default language: its pages live at the root. */
export const defaultLang: Lang = 'zh-CN';

/** Every dictionary, by language; each has exactly the keys of zh-CN (en.ts is typed so). */
export const dictionaries: Record<Lang, Record<UIKey, string>> = { 'zh-CN': zhCN, en };

/** The site language of an Astro locale (`Astro.currentLocale`) or `<html lang>`; Chinese otherwise. */
export function langOf(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/** The other edition's language. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh-CN' : 'en';
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));

/** A `t()` for one language: `useTranslations(langOf(Astro.currentLocale))`. */
export function useTranslations(lang: Lang): (key: UIKey, values?: Record<string, string | number>) => string {
  const dict = dictionaries[lang];
  return (key, values = {}) => fill(dict[key], values);
}

/** Returns the zh-CN UI string for `key`, with `{name}` placeholders replaced from `values`. */
export function t(key: UIKey, values: Record<string, string | number> = {}): string {
  return fill(zhCN[key], values);
}

/** A section with its name and summary in `lang` (the section data holds the Chinese ones). */
export function localSection<S extends { id: string; name: string; summary: string }>(section: S, lang: Lang): S {
  const t = useTranslations(lang);
  return {
    ...section,
    name: t(`sections.${section.id}.name` as UIKey),
    summary: t(`sections.${section.id}.summary` as UIKey),
  };
}
