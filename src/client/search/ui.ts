// The search UI: the header dialog and the /search/ page. Bundled on its own
// (src/lib/search/bundle.ts) and loaded only when the reader opens or focuses search.
import type { SearchDictionary } from '../../lib/search/dictionary';
import type { SearchTexts } from '../../lib/build/bundles';

// Replaced at build time by src/lib/search/bundle.ts with the dictionary's strings.
declare const SEARCH_TEXTS: SearchTexts;
const texts = SEARCH_TEXTS;
import { excerpt, withoutKeywords, type Segment } from '../../lib/search/excerpt';
import { searchWithFallback, type MatchMode, type RankedResult } from '../../lib/search/query';

interface PagefindSub {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  content: string;
  meta: { title?: string };
  filters: { section?: string[] };
  sub_results: PagefindSub[];
}
interface PagefindHit {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindHit[] }>;
}

/** A result ready to render; every field is inserted as text. */
export interface Hit {
  url: string;
  title: string;
  section: string;
  excerpt: Segment[];
  /** Heading-level matches; their excerpts are Pagefind's escaped text with <mark>. */
  subs: PagefindSub[];
}

const KEYWORDS_ANCHOR = '#search-keywords';

let engine: Promise<{ pf: Pagefind; dict: SearchDictionary }> | undefined;

/** Loads the index and the dictionary once; a failure can be retried. */
export function preload(): Promise<{ pf: Pagefind; dict: SearchDictionary }> {
  engine ??= (async () => {
    // This deploy's version (the ?v= of this module's URL) goes on every search file that is
    // not named by its content, so the service worker keeps one deploy's set together.
    const v = new URL(import.meta.url).searchParams.get('v') ?? '';
    const url = `/pagefind/pagefind.js?v=${v}`;
    const [pf, dict] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<Pagefind>,
      fetch(`/search-data.json?v=${v}`).then((r) => {
        if (!r.ok) throw new Error(`search-data.json: ${r.status}`);
        return r.json() as Promise<SearchDictionary>;
      }),
    ]);
    await pf.options({ excerptLength: 30, noWorker: true, metaCacheTag: v });
    await pf.init();
    return { pf, dict };
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

// Keywords are searchable but never shown: the excerpt is cut from the text before them,
// and their heading is not offered as a sub-result.
function toHit(d: PagefindData, words: string[]): Hit {
  const title = d.meta.title ?? d.url;
  const body = withoutKeywords(d.content, texts.keywords);
  const main = excerpt(body.startsWith(title) ? body.slice(title.length) : body, words);
  // A heading match that only repeats the main excerpt adds nothing.
  const probe = main.map((s) => s.text).join('').replace(/^…/, '').slice(0, 12);
  return {
    url: d.url,
    title,
    section: d.filters.section?.[0] ?? '',
    excerpt: main,
    subs: d.sub_results
      .filter((s) => s.url.includes('#') && !s.url.endsWith(KEYWORDS_ANCHOR))
      .filter((s) => !s.excerpt.replace(/<\/?mark>/g, '').includes(probe))
      .slice(0, 3),
  };
}

/** Runs a query through the query layer and Pagefind; each hit's data loads on its own. */
export async function searchStream(
  query: string,
  section = '',
  limit = 10,
): Promise<{ hits: Promise<Hit>[]; mode: MatchMode }> {
  const { pf, dict } = await preload();
  const seen = new Map<string, PagefindHit>();
  const run = async (q: string): Promise<RankedResult[]> => {
    const r = await pf.search(q, section ? { filters: { section } } : {});
    for (const hit of r.results) seen.set(hit.id, hit);
    return r.results.map((h) => ({ id: h.id, score: h.score }));
  };
  const { results, mode, terms, original } = await searchWithFallback(query, dict, run);
  const words = [...terms, ...original];
  const hits = results.slice(0, limit).flatMap((r) => {
    const hit = seen.get(r.id);
    return hit ? [hit.data().then((d) => toHit(d, words))] : [];
  });
  return { hits, mode };
}

/** Runs a query and waits for every hit. */
export async function search(query: string, section = '', limit = 10): Promise<{ hits: Hit[]; mode: MatchMode }> {
  const { hits, mode } = await searchStream(query, section, limit);
  return { hits: await Promise.all(hits), mode };
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

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderHit(hit: Hit, withSubs: boolean): HTMLLIElement {
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
    const ul = el('ul', 'mt-2 space-y-1 border-s-2 border-border ps-3');
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

/** Runs `query` and renders into `list`, announcing the outcome in `status`. Returns the hit count, or -1 when search failed. */
// Each list knows which query it is drawing; a newer query makes an older run stop quietly.
const current = new WeakMap<HTMLElement, string>();

/**
 * Runs `query` and renders into `list`, announcing the outcome in `status`. Returns the hit
 * count, -1 when search failed, or null when a newer query took over the list.
 */
async function runInto(
  query: string,
  section: string,
  list: HTMLElement,
  status: HTMLElement,
  opts: { subs: boolean; limit: number },
): Promise<number | null> {
  const t = texts;
  const mine = `${query}\u0000${section}\u0000${Math.random()}`;
  current.set(list, mine);
  const stale = () => current.get(list) !== mine;
  status.textContent = t.loading;
  try {
    const { hits, mode } = await searchStream(query, section, opts.limit);
    if (stale()) return null;
    list.replaceChildren();
    list.dataset['query'] = query;
    // Show each result as soon as its data arrives, in rank order.
    for (const hit of hits) {
      const h = await hit;
      if (stale()) return null;
      list.append(renderHit(h, opts.subs));
    }
    status.textContent = hits.length
      ? (mode === 'all' ? t.count : t.countPartial).replace('{count}', String(hits.length))
      : t.none.replace('{query}', () => query);
    return hits.length;
  } catch {
    if (stale()) return null;
    list.replaceChildren();
    status.textContent = t.unavailable;
    return -1;
  }
}

function debounce<A extends unknown[]>(fn: (...a: A) => void, ms: number): (...a: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...a: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...a), ms);
  };
}

/** Moves focus through the result links with the arrow keys; ArrowUp from the first goes back to `input`. */
function arrowKeys(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('li > a')];
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      links()[0]?.focus();
    }
  });
  list.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      all[Math.min(i + 1, all.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (i === 0) input.focus();
      else all[i - 1]?.focus();
    }
  });
}

/** The dialog's markup, built on first use so pages carry none of it. */
function createDialog(): HTMLDialogElement {
  const dialog = el(
    'dialog',
    'm-0 h-dvh max-h-none w-full max-w-none bg-bg p-0 text-text backdrop:bg-black/50 sm:mx-auto sm:mt-16 sm:h-fit sm:max-h-[80dvh] sm:max-w-2xl sm:rounded-lg sm:border sm:border-border',
  );
  dialog.id = 'search-dialog';
  dialog.setAttribute('aria-labelledby', 'search-dialog-title');
  const panel = el('div', 'flex flex-col gap-3 p-4');
  const top = el('div', 'flex items-center justify-between gap-2');
  const title = el('p', 'text-lg font-bold', texts.dialogTitle);
  title.id = 'search-dialog-title';
  const close = el('button', 'inline-flex size-11 items-center justify-center rounded-lg border border-border text-2xl', '×');
  close.type = 'button';
  close.dataset['close'] = '';
  close.setAttribute('aria-label', texts.close);
  top.append(title, close);
  const form = el('form', 'flex gap-2');
  form.action = '/search/';
  form.method = 'get';
  const label = el('label', 'sr-only', texts.label);
  label.htmlFor = 'search-dialog-q';
  const input = el('input', 'min-h-12 min-w-0 flex-1 rounded-lg border-2 border-border bg-bg px-3 text-lg text-text placeholder:text-muted');
  Object.assign(input, { id: 'search-dialog-q', name: 'q', type: 'search', autocomplete: 'off', enterKeyHint: 'search', placeholder: texts.placeholder });
  const submit = el('button', 'min-h-12 shrink-0 rounded-lg bg-accent px-4 text-lg font-bold text-accent-text', texts.button);
  submit.type = 'submit';
  form.append(label, input, submit);
  const status = el('p', 'font-bold');
  status.dataset['status'] = '';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const list = el('ul', 'space-y-2');
  list.dataset['list'] = '';
  const more = el('a', 'inline-flex min-h-11 items-center', texts.more);
  more.dataset['more'] = '';
  more.hidden = true;
  more.href = '/search/';
  const hint = el('p', 'hidden text-sm text-muted sm:block', texts.hint);
  panel.append(top, form, status, list, more, hint);
  dialog.append(panel);
  return dialog;
}

/** Opens the search dialog (built on first use). */
export function openDialog(): void {
  let dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
  if (dialog?.open) {
    dialog.querySelector('input')?.focus();
    return;
  }
  if (!dialog) {
    dialog = createDialog();
    document.body.append(dialog);
    wireDialog(dialog);
  }
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.addEventListener('close', () => opener?.focus(), { once: true });
  dialog.showModal();
  const input = dialog.querySelector('input');
  input?.focus();
  input?.select();
  void preload().catch(() => undefined);
}

function wireDialog(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector('input') as HTMLInputElement;
  const list = dialog.querySelector('[data-list]') as HTMLElement;
  const status = dialog.querySelector('[data-status]') as HTMLElement;
  const more = dialog.querySelector('[data-more]') as HTMLAnchorElement;
  const update = debounce(async (q: string) => {
    more.hidden = !q;
    more.href = `/search/?q=${encodeURIComponent(q)}`;
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    await runInto(q, '', list, status, { subs: false, limit: 6 });
  }, 150);
  input.addEventListener('input', () => update(input.value.trim()));
  dialog.querySelector('form')?.addEventListener('submit', (e) => {
    // Enter in the box opens the first result of this very query; otherwise the search page.
    const first = list.querySelector<HTMLAnchorElement>('li > a');
    if (first && list.dataset['query'] === input.value.trim()) {
      e.preventDefault();
      location.href = first.href;
    }
  });
  dialog.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
  // Esc closes at once, even when a search box would first clear its text.
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      dialog.close();
    }
  });
  // A click on the backdrop (outside the panel) closes the dialog.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  arrowKeys(input, list);
}

/** Wires the /search/ page: runs ?q= on load, searches as the reader types, filters by section. */
export function mountPage(root: HTMLElement): void {
  const input = document.querySelector<HTMLInputElement>('main input[name="q"]');
  const list = root.querySelector('[data-list]') as HTMLElement;
  const status = root.querySelector('[data-status]') as HTMLElement;
  const empty = root.querySelector('[data-empty]') as HTMLElement;
  const select = root.querySelector('select') as HTMLSelectElement;
  const filterBox = root.querySelector('[data-filter]') as HTMLElement;
  const allArticles = document.getElementById('all-articles');
  if (!input) return;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  select.value = params.get('section') ?? '';

  const run = async () => {
    const q = input.value.trim();
    const url = new URL(location.href);
    url.searchParams.delete('q');
    url.searchParams.delete('section');
    if (q) url.searchParams.set('q', q);
    if (select.value) url.searchParams.set('section', select.value);
    history.replaceState(null, '', url);
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      empty.hidden = true;
      return;
    }
    // The section filter appears with the first query, not on load (no layout shift).
    filterBox.hidden = false;
    const count = await runInto(q, select.value, list, status, { subs: true, limit: 10 });
    if (count === null) return;
    empty.hidden = count !== 0;
    // When search is unavailable, the full article list below is the way forward.
    if (count < 0) allArticles?.scrollIntoView({ block: 'nearest' });
  };
  input.addEventListener('input', debounce(run, 200));
  input.form?.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  select.addEventListener('change', () => void run());
  arrowKeys(input, list);
  if (input.value.trim()) void run();
}

const page = document.querySelector<HTMLElement>('[data-search-page]');
if (page) mountPage(page);
