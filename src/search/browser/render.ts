// DOM builders of the search UI. Everything from the index or the query is inserted as text
// (textContent, text nodes), never as HTML.
import type { Suggestion } from '../shared/engine';
import type { LinePart } from '../shared/situations';
import type { Hit } from './load';
import { articleUrl, searchPageFor } from '../shared/urls';
import { otherEdition, texts } from './texts';
import { applySearchStyles } from './styles';

/** An element with classes and, optionally, text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * One suggestion as a listbox option: a large tap target (one thumb at 360 px). An option holds
 * no link (nothing focusable may sit inside it); a tap or Enter opens the article (suggestions.ts).
 */
export function renderOption(s: Suggestion, id: string): HTMLLIElement {
  const li = el(
    'li',
    'flex min-h-12 flex-col justify-center rounded-lg border border-border px-3 py-2 hover:bg-surface',
  );
  li.id = id;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.dataset['id'] = s.id;
  li.append(el('span', 'text-lg font-bold text-link underline underline-offset-4', s.title));
  if (s.section) li.append(el('span', 'text-sm text-muted', s.section));
  return li;
}

/** Appends Pagefind's excerpt as text nodes and <mark> elements, never as HTML. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const decoder = document.createElement('textarea');
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      decoder.innerHTML = part; // a <textarea> only decodes entities; it never creates elements
      const text = document.createTextNode(decoder.value);
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
        target.append(mark);
      } else target.append(text);
    }
  }
}

/** One full-text result with its excerpt and, on the search page, heading-level matches. */
export function renderHit(hit: Hit, withSubs: boolean): HTMLLIElement {
  const li = el('li', 'rounded-lg border border-border p-3');
  const a = el('a', 'text-lg font-bold', hit.title);
  a.href = hit.url;
  li.append(a);
  if (hit.section) li.append(el('p', 'text-sm text-muted', hit.section));
  if (hit.excerpt.length) {
    const p = el('p', 'mt-1');
    for (const seg of hit.excerpt) p.append(seg.mark ? el('mark', '', seg.text) : document.createTextNode(seg.text));
    li.append(p);
  }
  if (withSubs && hit.subs.length) {
    applySearchStyles();
    const ul = el('ul', 'search-sub mt-2 space-y-1');
    for (const s of hit.subs) {
      const item = el('li', '');
      const link = el('a', 'font-bold', s.title);
      link.href = s.url;
      const p = el('p', 'text-sm');
      appendExcerpt(p, s.excerpt);
      item.append(link, p);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

/** The help shown first when nothing matches: rephrase, hot questions, troubleshooter, 95588. */
export function renderNoResultHelp(hot: readonly Suggestion[]): HTMLElement {
  const box = el('div', 'space-y-3');
  box.dataset['noResultHelp'] = '';
  box.append(el('p', '', texts.noneHelp));
  if (hot.length) {
    box.append(el('p', 'font-bold', texts.hotTitle));
    const ul = el('ul', 'space-y-1');
    for (const h of hot) {
      const li = el('li', '');
      const a = el('a', 'inline-flex min-h-11 items-center', h.title);
      a.href = articleUrl(h.id);
      li.append(a);
      ul.append(li);
    }
    box.append(ul);
  }
  const diagnose = el('a', 'inline-flex min-h-11 items-center font-bold', texts.diagnose);
  diagnose.href = texts.diagnoseHref;
  const call = el('p', '', `${texts.callHelp} `);
  const tel = el('a', 'font-bold', texts.hotline);
  tel.href = `tel:${texts.hotlineTel}`;
  call.append(tel);
  box.append(diagnose, call);
  return box;
}

/** Below the suggestions when full text is not working: why, and the way to the article list. */
export function renderUnavailable(): HTMLElement {
  const p = el('li', 'rounded-lg border-2 border-accent p-3', `${texts.fullTextUnavailableHelp} `);
  p.dataset['unavailable'] = '';
  const a = el('a', 'inline-flex min-h-11 items-center font-bold', texts.allArticlesLink);
  a.href = '/search/#all-articles';
  p.append(a);
  return p;
}

/** The site was deployed again since this page loaded: say so and offer the reload that mends it. */
export function renderSiteUpdated(): HTMLElement {
  const li = el('li', 'rounded-lg border-2 border-accent p-3', `${texts.siteUpdated} `);
  li.dataset['unavailable'] = 'updated';
  const button = el(
    'button',
    'inline-flex min-h-11 items-center rounded-lg bg-accent px-4 font-bold text-accent-text',
    texts.reload,
  );
  button.setAttribute('type', 'button');
  button.addEventListener('click', () => location.reload());
  li.append(button);
  return li;
}

/** A phone number as a tap-to-call link (text only). */
function telLink(display: string, tel: string): HTMLAnchorElement {
  const a = el('a', 'font-bold underline underline-offset-4', display);
  a.href = `tel:${tel}`;
  return a;
}

/**
 * A situation's line into `target`: text nodes, and its numbers as tap-to-call links. Never
 * HTML: whatever the line holds is shown as the characters it is.
 */
export function renderSituation(target: HTMLElement, line: readonly LinePart[]): void {
  target.replaceChildren(
    ...line.map((p) =>
      typeof p === 'string'
        ? document.createTextNode(p)
        : p.tel
          ? telLink(p.display, p.tel)
          : document.createTextNode(p.display),
    ),
  );
}

/**
 * The offer to run the query on the other edition's search page: a link in that edition's
 * language, `lang` set so a screen reader reads it so. The query goes in as text and, encoded,
 * in the link's `?q=`.
 */
export function renderEditionOffer(query: string): HTMLAnchorElement {
  const a = el(
    'a',
    'inline-flex min-h-11 items-center font-bold underline underline-offset-4',
    otherEdition.texts.editionOffer.replace('{query}', () => query),
  );
  a.lang = otherEdition.lang;
  a.href = searchPageFor(query, '', otherEdition.lang);
  return a;
}

/** Under the honest "no article covers it": call 95588, or find the cause with the troubleshooter. */
export function renderOffSiteHelp(): HTMLElement {
  const box = el('div', 'space-y-1');
  box.dataset['offSiteHelp'] = '';
  const call = el('p', '', `${texts.offSiteHelp} `);
  call.append(telLink(texts.hotline, texts.hotlineTel), '。');
  const diagnose = el('a', 'inline-flex min-h-11 items-center font-bold', texts.diagnose);
  diagnose.href = '/diagnose/';
  box.append(call, diagnose);
  return box;
}

/** The words the site never uses, for the status line: 「股票」「国债」. */
export const namedWords = (words: readonly string[]): string => words.map((w) => `「${w}」`).join('');
