// Everything an article page shows besides its body, computed once: the route only renders.
import { getSection, type Section } from '../../data/sections';
import { site } from '../../data/site';
import { localSection, useTranslations, type Lang } from '../i18n';
import { canonicalUrl } from '../seo';
import { article as articleLd, faqPage, firstParagraph, type JsonLd } from '../seo/jsonld';
import { prevNext, relatedArticles, sectionOf } from './articles';
import { editLinks } from './edit-links';
import type { Article } from './entries';
import { lastUpdated } from './git-dates';
import { sectionUrl } from './routes';

/** What the article page needs to render one article. */
export interface ArticlePageData {
  section: Section;
  /** The date the page shows and the sitemap lists: frontmatter override, else git. */
  updated: Date;
  /** The canonical address. */
  url: string;
  jsonLd: JsonLd[];
  /** "Edit on git" and "report a problem" links, when a repository is configured. */
  links: ReturnType<typeof editLinks>;
  prev?: Article | undefined;
  next?: Article | undefined;
  related: Article[];
  breadcrumbs: { name: string; href?: string }[];
}

/** The page data of `article` among the published `articles`, for the site at `siteUrl`. */
export function articlePageData(
  article: Article,
  articles: readonly Article[],
  path: string,
  siteUrl: URL | string,
  lang: Lang = 'zh-CN',
): ArticlePageData {
  const t = useTranslations(lang);
  const section = localSection(getSection(sectionOf(article.id)) as Section, lang);
  const updated = lastUpdated(article.filePath, article.data.updated);
  const url = canonicalUrl(path, siteUrl);
  const jsonLd: JsonLd[] = [
    articleLd({
      headline: article.data.title,
      description: article.data.description,
      url,
      dateModified: updated,
      inLanguage: lang,
    }),
    // A FAQ article shows its question as the title and answers it in the first paragraph.
    ...(section.faq
      ? [faqPage([{ question: article.data.title, answer: firstParagraph(article.body ?? '') }], lang)]
      : []),
  ];
  const links = editLinks(
    site.repository,
    site.branch,
    article.filePath,
    { title: article.data.title, url },
    t('article.reportBody'),
  );
  const { prev, next } = prevNext(articles, article.id);
  return {
    section,
    updated,
    url,
    jsonLd,
    links,
    prev,
    next,
    related: relatedArticles(articles, article),
    breadcrumbs: [{ name: section.name, href: sectionUrl(section, lang) }, { name: article.data.title }],
  };
}
