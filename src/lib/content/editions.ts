// The two editions as Astro routes: every page file under src/pages/[...lang]/ is built once per
// edition, Chinese at the root (`lang` empty) and English under /en/.
import { languages, otherLang, type Lang } from '../i18n';
import { localePath } from './routes';

/** The `[...lang]` route parameter of an edition. */
export const langParam = (lang: Lang): string | undefined => (lang === 'en' ? 'en' : undefined);

/** getStaticPaths of a page that exists in both editions. */
export function editionPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return languages.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** The same fixed page in the other edition (`/search/` ↔ `/en/search/`), for hreflang and the switch. */
export function otherEditionPath(path: string, lang: Lang): string {
  return localePath(path, otherLang(lang));
}
