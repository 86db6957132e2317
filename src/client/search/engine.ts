// The two engines behind the search UI. The instant layer: one small file, requested as soon
// as this module runs (the search page preloads it with the module), answering every keystroke. Pagefind:
// full text, a chain of requests, joined when ready. Each load has a time limit, so a request
// that hangs ends in the "not working right now" message instead of an endless wait.
import { excerpt, withoutKeywords, type Segment } from '../../lib/search/excerpt';
import { createInstantEngine, type InstantEngine } from '../../lib/search/instant';
import type { InstantData } from '../../lib/search/instant-data';
import { searchWithFallback, type MatchMode, type RankedResult } from '../../lib/search/query';
import { texts } from './texts';

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

/** A full-text result ready to render; every field is inserted as text. */
export interface Hit {
  url: string;
  title: string;
  section: string;
  excerpt: Segment[];
  /** Heading-level matches; their excerpts are Pagefind's escaped text with <mark>. */
  subs: PagefindSub[];
}

/** How long a load or a query may take before search counts as not working (ms). */
export const limits = { instant: 8000, pagefind: 8000, query: 6000 };

/** Rejects when `p` has not settled after `ms`. */
export function within<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timeout after ${ms} ms`)), ms);
    p.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

// The instant file shares this module's fingerprint: /search-ui.js?v=X → /search-instant.json?v=X.
const instantUrl = `/search-instant.json${new URL(import.meta.url).search}`;

let instantEngine: Promise<InstantEngine> | undefined;

/** The instant engine, built once; a failure can be retried. */
export function instant(): Promise<InstantEngine> {
  instantEngine ??= within(
    (async () => {
      const res = await fetch(instantUrl);
      if (!res.ok) throw new Error(`search-instant.json: ${res.status}`);
      return createInstantEngine((await res.json()) as InstantData);
    })(),
    limits.instant,
  );
  instantEngine.catch(() => (instantEngine = undefined));
  return instantEngine;
}

// Pagefind swallows a failed index chunk or fragment and answers "no results". Counting its
// failed requests lets a search say "not working right now" instead of "nothing matches".
let pagefindFailures = 0;
const originalFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const ours = url.includes('/pagefind/');
  try {
    const res = await originalFetch(input, init);
    if (ours && !res.ok) pagefindFailures++;
    return res;
  } catch (e) {
    if (ours) pagefindFailures++;
    throw e;
  }
};

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once; a failure or a hang (past the time limit) can be retried. */
export function preload(): Promise<Pagefind> {
  pagefind ??= within(
    (async () => {
      // This deploy's version (the ?v= of this module's URL) goes on every search file that is
      // not named by its content, so the service worker keeps one deploy's set together.
      const v = new URL(import.meta.url).searchParams.get('v') ?? '';
      const url = `/pagefind/pagefind.js?v=${v}`;
      const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pf.options({ excerptLength: 30, noWorker: true, metaCacheTag: v });
      await pf.init();
      return pf;
    })(),
    limits.pagefind,
  );
  pagefind.catch(() => (pagefind = undefined));
  void instant().catch(() => undefined);
  return pagefind;
}

const KEYWORDS_ANCHOR = '#search-keywords';

// Keywords are searchable but never shown: the excerpt is cut from the text before them,
// and their heading is not offered as a sub-result.
function toHit(d: PagefindData, words: string[]): Hit {
  const title = d.meta.title ?? d.url;
  const body = withoutKeywords(d.content, texts.keywords);
  const main = excerpt(body.startsWith(title) ? body.slice(title.length) : body, words);
  // A heading match that only repeats the main excerpt adds nothing.
  const probe = main
    .map((s) => s.text)
    .join('')
    .replace(/^…/, '')
    .slice(0, 12);
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

/**
 * Full-text search through the query layer and Pagefind: `query` is the reader's text as the
 * instant layer rewrote it (pinyin read, slips corrected). Each hit's data loads on its own.
 */
export async function searchStream(
  query: string,
  section = '',
  limit = 10,
): Promise<{ hits: Promise<Hit>[]; mode: MatchMode }> {
  const [pf, engine] = await Promise.all([preload(), instant()]);
  const seen = new Map<string, PagefindHit>();
  const failures = pagefindFailures;
  const failed = () => {
    if (pagefindFailures > failures) throw new Error('a Pagefind file failed to load');
  };
  const run = async (q: string): Promise<RankedResult[]> => {
    const r = await within(pf.search(q, section ? { filters: { section } } : {}), limits.query);
    failed();
    for (const hit of r.results) seen.set(hit.id, hit);
    return r.results.map((h) => ({ id: h.id, score: h.score }));
  };
  const rewritten = engine.suggest(query, 1).analysis.rewritten || query;
  const { results, mode, terms, original } = await searchWithFallback(rewritten, engine.dict, run);
  const words = [...terms, ...original];
  const hits = results.slice(0, limit).flatMap((r) => {
    const hit = seen.get(r.id);
    return hit
      ? [
          within(hit.data(), limits.query).then((d) => {
            failed();
            return toHit(d, words);
          }),
        ]
      : [];
  });
  return { hits, mode };
}

/** Runs a full-text query and waits for every hit (used by the benchmark). */
export async function search(query: string, section = '', limit = 10): Promise<{ hits: Hit[]; mode: MatchMode }> {
  const { hits, mode } = await searchStream(query, section, limit);
  return { hits: await Promise.all(hits), mode };
}
