// The two engines behind the search UI, loaded. The instant layer: one small file, requested as
// soon as this module runs (the search page preloads it with the module), answering every
// keystroke. Pagefind: full text, a chain of requests, joined when ready (./pagefind.ts). A
// reader's search waits for everything (the instant file, Pagefind's files, its query, each
// result) until one deadline, `giveUpMs` after it began (src/search/shared/limits.ts): a request
// that hangs ends in the "not working right now" message, and no wait adds to another.
import { excerpt, withoutKeywords, type Segment } from '../shared/excerpt';
import { createInstantEngine, eagerArticles, type InstantEngine } from '../shared/engine';
import { instantFileOf, type InstantFile, type PagefindChunk } from '../shared/instant-file';
import { wordSegmenter } from '../shared/normalize';
import { fullTextWords, type FullTextWords } from '../shared/query';
import { searchWithFallback, type MatchMode, type RankedResult } from '../shared/fallback';
import { chunkUrl, instantScript, pageLang, pagefindScript } from '../shared/urls';
import { giveUpMs } from '../shared/limits';
import {
  chunksFor,
  loadPagefind,
  pagefindFailures,
  pagefindMissing,
  pagefindWords,
  sameQuery,
  warm,
  type Pagefind,
  type PagefindData,
  type PagefindHit,
  type PagefindSub,
} from './pagefind';
import { schedule, type Schedule } from './scheduler';
import { texts } from './texts';

/** A full-text result ready to render; every field is inserted as text. */
export interface Hit {
  url: string;
  title: string;
  section: string;
  excerpt: Segment[];
  /** Heading-level matches; their excerpts are Pagefind's escaped text with <mark>. */
  subs: PagefindSub[];
}

/** When a wait that starts now gives up (a Date.now() time). */
export const giveUpAt = (): number => Date.now() + giveUpMs;

/** A wait that reached its deadline: the status line says search gave up, and after how long. */
export class GaveUp extends Error {}

/** Rejects with GaveUp when `p` has not settled by `deadline` (a Date.now() time). */
export function within<T>(p: Promise<T>, deadline: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const ms = Math.max(0, deadline - Date.now());
    const timer = setTimeout(() => reject(new GaveUp(`no answer within ${giveUpMs} ms`)), ms);
    p.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** The status line when full text failed: gave up waiting, or a file failed or arrived damaged. */
export const unavailableText = (error: unknown): string =>
  error instanceof GaveUp
    ? texts.fullTextGaveUp.replace('{seconds}', String(giveUpMs / 1000))
    : texts.fullTextUnavailable;

// This deploy's version (the ?v= of this module's URL) goes on every search file that is not
// named by its content (src/search/shared/urls.ts). The head script imports the instant file
// together with this module, so this import joins that download.
const version = new URL(import.meta.url).searchParams.get('v') ?? '';
// Each edition has its own instant file (the page's language: src/search/shared/urls.ts).
const instantUrl = instantScript(version, globalThis.document?.documentElement.lang);

/** The instant engine with its indexing schedule. */
export interface Instant extends InstantEngine {
  schedule: Schedule;
}

let instantEngine: Promise<Instant> | undefined;
let instantFile: Promise<InstantFile> | undefined;
/** The engine as soon as it exists, while its first articles are still being indexed. */
let instantMade: Promise<Instant> | undefined;
let instantTries = 0;

/** The instant engine, built once; a failure can be retried (under a new URL: a failed import stays failed). */
export function instant(): Promise<Instant> {
  instantEngine ??= within(
    (async () => {
      const url = instantTries++ ? `${instantUrl}&retry=${instantTries}` : instantUrl;
      const file = (instantFile = import(/* @vite-ignore */ url).then(instantFileOf));
      let made: (engine: Instant) => void = () => undefined;
      instantMade = new Promise((resolve) => (made = resolve));
      // While the file downloads: make the word segmenter (it loads a dictionary), once.
      if (instantTries === 1) void [...wordSegmenter().segment('付款失败')];
      const data = await file;
      // The build names Pagefind's metadata file here, so it need not wait for Pagefind's entry file.
      // Each language has its own (pagefind.zh-cn_….pf_meta, pagefind.en_….pf_meta): this page's only.
      if (pagefind) {
        const meta = data.pagefind?.meta ?? [];
        const lang = pageLang() === 'en' ? 'en' : 'zh-cn';
        const mine = meta.filter((m) => m.includes(`pagefind.${lang}_`));
        (mine.length ? mine : meta).forEach(warm);
      }
      // The first articles are indexed in slices: a keystroke that comes meanwhile starts the
      // index chunks it needs (prefetch) at once, and its query has the rest of them indexed
      // then and there (instantForQuery). The later articles follow in idle time.
      const engine = createInstantEngine(data, 0);
      const instant: Instant = { ...engine, schedule: schedule(engine.work) };
      made(instant);
      await instant.schedule.grow(eagerArticles);
      return instant;
    })(),
    giveUpAt(),
  );
  instantEngine.catch(() => (instantEngine = undefined));
  return instantEngine;
}

/**
 * The instant engine for a reader's query: as soon as the file has come, with its first articles
 * indexed at once if they are still being indexed in slices (the reader waits; Pagefind's start
 * can). Gives up at the reader's deadline.
 */
export async function instantForQuery(deadline = giveUpAt()): Promise<Instant> {
  const whole = instant();
  const engine = await within(Promise.race([whole, instantMade ?? whole]), deadline);
  engine.schedule.hurry();
  return engine;
}

/** The Pagefind chunk table of the page's language (with one language, that one). */
function chunkTable(file: InstantFile): PagefindChunk[] {
  const tables = file.pagefind?.chunks ?? {};
  const all = Object.values(tables);
  return tables[document.documentElement.lang.toLowerCase()] ?? (all.length === 1 ? all[0] : undefined) ?? [];
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once; a failure or a hang (past the time limit) can be retried. */
export function preload(): Promise<Pagefind> {
  pagefindFailures();
  pagefind ??= within(loadPagefind(version, 30), giveUpAt());
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
 * Full-text search through the query analyser and Pagefind: the reader's query is searched as
 * the analyser rewrote it (pinyin read, slips corrected). Each hit's data loads on its own.
 * Everything, results included, comes by `deadline` (the reader's, from when they asked) or
 * rejects with GaveUp.
 */
export async function searchStream(
  query: string,
  section = '',
  limit = 10,
  deadline = giveUpAt(),
): Promise<{ hits: Promise<Hit>[]; mode: MatchMode }> {
  const [pf, engine] = await within(Promise.all([preload(), instant()]), deadline);
  const seen = new Map<string, PagefindHit>();
  const failures = pagefindFailures();
  const failed = () => {
    if (pagefindFailures() > failures) throw new Error('a Pagefind file failed to load');
  };
  const run = async (q: string): Promise<RankedResult[]> => {
    const r = await within(pf.search(q, section ? { filters: { section } } : {}), deadline);
    failed();
    for (const hit of r.results) seen.set(hit.id, hit);
    return r.results.map((h) => ({ id: h.id, score: h.score }));
  };
  // Pagefind splits words itself: word lists it reads alike (付款失败, 付款 失败) are one search.
  const { results, mode, terms, original } = await searchWithFallback(engine.analyse(query).fullText, run, (q) =>
    sameQuery(q, wordSegmenter()),
  );
  const words = [...terms, ...original];
  const hits = results.slice(0, limit).flatMap((r) => {
    const hit = seen.get(r.id);
    return hit
      ? [
          within(hit.data(), deadline).then((d) => {
            failed();
            return toHit(d, words);
          }),
        ]
      : [];
  });
  return { hits, mode };
}

/**
 * Starts loading the index chunks a query needs while the view still waits to see whether the
 * reader types on (Pagefind's own preload): the search that follows finds them loaded or on
 * their way. Failures are the search's to report.
 */
export async function prefetch(query: string): Promise<void> {
  const engine = instant();
  if (!instantFile) return;
  const file = await instantFile;
  const table = chunkTable(file);
  const start = (q: FullTextWords) => {
    const words = [q.terms, q.original].flatMap((t) => pagefindWords(t.join(' '), wordSegmenter()));
    for (const hash of chunksFor(words, table)) warm(chunkUrl(hash));
    return words;
  };
  // The chunks start now, beside Pagefind's own files, instead of once its WebAssembly has read
  // its metadata (./pagefind.ts): first for the words as typed, without
  // waiting for the engine; then for them as the engine reads them (pinyin, IME slips).
  start(fullTextWords(query, file.dict));
  const ready = await engine;
  const words = start(ready.analyse(query).fullText);
  const pf = await preload();
  await pf.preload(words.join(' '));
}

/**
 * After a failed search: true when the failure is a deploy since this page loaded, not the
 * network. A Pagefind file named by the index this page holds was answered 404, or this deploy's
 * versioned instant file or Pagefind script is 404 now (asked past every cache). A reload then
 * fetches the new deploy's page and search files.
 */
export async function siteUpdated(): Promise<boolean> {
  if (pagefindMissing() > 0) return true;
  const gone = async (url: string) => {
    try {
      // A probe that hangs as the search did answers "not known to be gone" in 3 s.
      return (
        (await fetch(url, { method: 'HEAD', cache: 'no-store', signal: AbortSignal.timeout(3000) })).status === 404
      );
    } catch {
      return false;
    }
  };
  const answers = await Promise.all([gone(instantUrl), gone(pagefindScript(version))]);
  return answers.includes(true);
}

/** Runs a full-text query and waits for every hit (used by the benchmark). */
export async function search(query: string, section = '', limit = 10): Promise<{ hits: Hit[]; mode: MatchMode }> {
  const { hits, mode } = await searchStream(query, section, limit);
  return { hits: await Promise.all(hits), mode };
}
