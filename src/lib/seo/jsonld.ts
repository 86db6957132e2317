// Structured data (schema.org JSON-LD) built from typed inputs.
import { contacts } from '../../data/contacts';

/** What a <Phone id> or <Site id> prints. */
function contactText(id: string): string | undefined {
  return contacts.find((c) => c.id === id)?.display;
}

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown> & { '@type': string };

/** Serialises JSON-LD for a <script> element: `<`, `>` and `&` escaped so no value can end the script. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  const graph = Array.isArray(data)
    ? { '@context': 'https://schema.org', '@graph': data }
    : { '@context': 'https://schema.org', ...data };
  return JSON.stringify(graph)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** BreadcrumbList from home down to the current page; each item an absolute URL. */
export function breadcrumbList(items: { name: string; url: string }[]): JsonLd {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** Article: a help article. */
export function article(a: {
  headline: string;
  description: string;
  url: string;
  dateModified: Date;
  inLanguage?: string;
}): JsonLd {
  return {
    '@type': 'Article',
    headline: a.headline,
    description: a.description,
    mainEntityOfPage: a.url,
    dateModified: a.dateModified.toISOString(),
    inLanguage: a.inLanguage ?? 'zh-CN',
  };
}

/** FAQPage from questions and the answers shown on the page. */
export function faqPage(qas: { question: string; answer: string }[], inLanguage = 'zh-CN'): JsonLd {
  return {
    '@type': 'FAQPage',
    inLanguage,
    mainEntity: qas.map((qa) => ({
      '@type': 'Question',
      name: qa.question,
      acceptedAnswer: { '@type': 'Answer', text: qa.answer },
    })),
  };
}

/** WebSite, with the search page as its SearchAction. */
export function webSite(s: { name: string; url: string; description: string; inLanguage?: string }): JsonLd {
  return {
    '@type': 'WebSite',
    name: s.name,
    url: s.url,
    description: s.description,
    inLanguage: s.inLanguage ?? 'zh-CN',
    potentialAction: {
      '@type': 'SearchAction',
      target: `${s.url.replace(/\/$/, '')}/search/?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  };
}

/** The first paragraph of a Markdown/MDX body as plain text (the direct answer of a FAQ). */
export function firstParagraph(body: string): string {
  const para = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p && !/^(import|export|#|<|[-*]\s|\d+\.\s|\||>)/.test(p));
  return (
    (para ?? '')
      // A number or address a component prints stays in the answer ("先拨打 110 报警", not "先拨打 报警").
      .replace(/<(?:Phone|Site)\s+id=["']([^"']+)["'][^>]*>/g, (_tag, id: string) => contactText(id) ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
