// Browser-side access to the Pagefind index, loaded only when a search runs.

/** One search result, ready to render as text. */
export interface SearchHit {
  url: string;
  title: string;
  section: string;
  /** Pagefind excerpt: escaped text with <mark> around matches. */
  excerpt: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: { section?: string[] };
}
interface Pagefind {
  init: () => Promise<void>;
  search: (
    q: string,
    opts?: { filters?: Record<string, string> },
  ) => Promise<{ results: { id: string; score: number; data: () => Promise<PagefindResultData> }[] }>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once; later calls reuse it. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.init();
    return pf;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Runs `query` (optionally within one section name) and returns up to `limit` hits. */
export async function runSearch(query: string, section = '', limit = 10): Promise<SearchHit[]> {
  const pf = await loadPagefind();
  const found = await pf.search(query, section ? { filters: { section } } : {});
  const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  return data.map((d) => ({
    url: d.url,
    title: d.meta.title ?? d.url,
    section: d.filters.section?.[0] ?? '',
    excerpt: d.excerpt,
  }));
}
