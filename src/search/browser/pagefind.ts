// Pagefind in the browser: the only browser file that knows its API, its result format, how
// it chooses index chunks and how it makes words. An upgrade of Pagefind checks this file
// (docs/upgrading-pagefind.md); src/search/build/pagefind.ts is its build-side twin.
//
// Which of Pagefind's index chunks a query needs is known here before Pagefind has loaded.
// Pagefind learns it from its metadata file, in WebAssembly, once its script, entry file and
// WebAssembly have all arrived; only then does it ask for the chunks. The build copies the chunk
// table (first word, last word, file) into the instant file, so the search module can start the
// chunks beside Pagefind's own files; Pagefind then takes them from the preloads. A wrong guess
// costs a download, never a result: Pagefind still asks for what it needs itself
// (e2e/search-pagefind.spec.ts compares the guess with what it asks for, query by query).
import type { PagefindChunk } from '../shared/instant-file';
import { pagefindEntry, pagefindScript, pagefindWasmFor, pagefindDir } from '../shared/urls';

export type { PagefindChunk };

/** One heading-level match of a result. */
export interface PagefindSub {
  title: string;
  url: string;
  excerpt: string;
}
/** A result's data, as Pagefind loads it from its fragment. */
export interface PagefindData {
  url: string;
  content: string;
  meta: { title?: string };
  filters: { section?: string[] };
  sub_results: PagefindSub[];
}
/** One result of a Pagefind search. */
export interface PagefindHit {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
/** Pagefind's script's exports (pagefind.js). */
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindHit[] }>;
  preload: (q: string) => Promise<void>;
}

/** Starts downloading a file Pagefind will fetch, once per page. */
export function warm(href: string): void {
  if (document.head.querySelector(`link[rel="preload"][href="${href}"]`)) return;
  const link = document.createElement('link');
  Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href });
  document.head.append(link);
}

/** Loads Pagefind's script for this deploy and starts it. */
export async function loadPagefind(version: string, excerptLength: number): Promise<Pagefind> {
  // Pagefind asks for its entry file, then its WebAssembly, only once its script has run:
  // both start now, beside the script, and its own requests take them from the preloads.
  warm(pagefindEntry(version));
  warm(pagefindWasmFor(document.documentElement.lang));
  const failed = pagefindFailures();
  const pf = (await import(/* @vite-ignore */ pagefindScript(version))) as Pagefind;
  await pf.options({ excerptLength, noWorker: true, metaCacheTag: version });
  await pf.init();
  // Pagefind starts without its metadata when that file fails, and then finds nothing.
  if (pagefindFailures() > failed) throw new Error('a file Pagefind starts with failed to load');
  return pf;
}

// Pagefind swallows a failed index chunk or fragment and answers "no results". Counting its
// failed requests lets a search say "not working right now" instead of "nothing matches". A
// request fails when fetch() rejects, when the status is not OK, and when the body does not
// read whole or is not the file Pagefind wrote (a captive portal's HTML page, garbage, nothing,
// a body cut short): Pagefind would swallow those too, or choke on them in its WebAssembly.
let failures = 0;
let counting = false;
// Of those, the ones the server answered 404: a file named by the index this page holds is gone,
// so the site was deployed again since the page loaded (./load.ts, siteUpdated).
let missing = 0;

/** How many of Pagefind's requests were answered 404 (counted once pagefindFailures has been called). */
export const pagefindMissing = (): number => missing;

/** Pagefind's mark at the start of every index file once inflated (src/search/build/pagefind.ts). */
const mark = 'pagefind_dcd';
const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/**
 * Where the CBOR item at `at` ends, or -1 when it does not end inside `b` or is not CBOR (RFC
 * 8949): how an index chunk, filter chunk or metadata file that was cut short is told from a
 * whole one.
 */
export function cborEnd(b: Uint8Array, at: number, depth = 0): number {
  const head = b[at];
  if (head === undefined || depth > 64) return -1;
  const major = head >> 5;
  const info = head & 31;
  let p = at + 1;
  let arg = info;
  if (info >= 24 && info <= 27) {
    const n = 1 << (info - 24);
    if (p + n > b.length) return -1;
    arg = 0;
    for (let k = 0; k < n; k++) arg = arg * 256 + (b[p + k] ?? 0);
    p += n;
  } else if (info === 31 && major >= 2 && major <= 5) {
    // Indefinite length: items (pairs for a map) up to the break byte.
    while (b[p] !== 0xff) {
      p = cborEnd(b, p, depth + 1);
      if (p < 0) return -1;
    }
    return p + 1;
  } else if (info >= 28) return -1;
  if (major === 2 || major === 3) return p + arg <= b.length ? p + arg : -1;
  if (major === 4 || major === 5) {
    // Every item takes a byte at least: a count beyond the file ends at its end.
    for (let k = 0, items = major === 5 ? arg * 2 : arg; k < items; k++) {
      p = cborEnd(b, p, depth + 1);
      if (p < 0) return -1;
    }
    return p;
  }
  if (major === 6) return cborEnd(b, p, depth + 1);
  return p;
}

/** Inflates a gzipped body (Pagefind's own files, when the server did not store them inflated). */
async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(bytes)]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * What is wrong with a Pagefind file's body, or null when it is what Pagefind wrote: its entry
 * file is JSON naming the languages; every other data file starts with Pagefind's mark (inflated
 * or gzipped), then holds one whole CBOR item (index, filter, metadata), JSON (a fragment) or
 * WebAssembly.
 */
export async function pagefindDamage(path: string, body: Uint8Array, type = ''): Promise<string | null> {
  if (body.length === 0) return 'empty';
  if (/html/i.test(type) || latin1(body.subarray(0, 64)).trimStart().startsWith('<')) return 'an HTML page';
  if (/pagefind-entry\.json$/.test(path)) {
    try {
      const entry = JSON.parse(new TextDecoder().decode(body)) as { languages?: unknown };
      return typeof entry.languages === 'object' && entry.languages ? null : 'no languages';
    } catch {
      return 'not JSON';
    }
  }
  const kind = /\.pf_(index|filter|meta|fragment)$/.exec(path)?.[1] ?? (/\.pagefind$/.test(path) ? 'wasm' : '');
  if (!kind) return null;
  let data = body;
  if (body[0] === 0x1f && body[1] === 0x8b) {
    try {
      data = await gunzip(body);
    } catch {
      return 'gzip cut short or damaged';
    }
  }
  if (latin1(data.subarray(0, mark.length)) !== mark) return 'no Pagefind mark';
  if (kind === 'wasm')
    return latin1(data.subarray(mark.length, mark.length + 4)) === '\0asm' ? null : 'not WebAssembly';
  if (kind === 'fragment') {
    try {
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(mark.length)));
      return null;
    } catch {
      return 'fragment cut short or damaged';
    }
  }
  return cborEnd(data, mark.length) === data.length ? null : 'index cut short or damaged';
}

/** How many of Pagefind's requests have failed on this page (counted from the first call on). */
export function pagefindFailures(): number {
  if (!counting) {
    counting = true;
    const originalFetch = globalThis.fetch.bind(globalThis);
    globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const path = new URL(url, location.href).pathname;
      if (!path.startsWith(pagefindDir)) return originalFetch(input, init);
      try {
        const res = await originalFetch(input, init);
        if (!res.ok) {
          failures++;
          if (res.status === 404) missing++;
          return res;
        }
        // Read whole here (Pagefind reads every file whole anyway): a connection that drops
        // mid-body fails now, and the body is checked before Pagefind sees it.
        const body = new Uint8Array(await res.arrayBuffer());
        const damage = await pagefindDamage(path, body, res.headers.get('content-type') ?? '');
        if (damage) throw new Error(`${path} arrived damaged: ${damage}`);
        return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
      } catch (e) {
        failures++;
        throw e;
      }
    };
  }
  return failures;
}

/** Pagefind's word order: by code point, as Rust compares strings (not by UTF-16 unit). */
function compare(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) ?? 0);
  const y = Array.from(b, (c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return x.length - y.length;
}

const head = (s: string, n: number) => Array.from(s).slice(0, n).join('');

/**
 * The chunks Pagefind loads for these words, as its `request_indexes` chooses them
 * (pagefind_web/src/lib.rs): every chunk whose range holds the word; if none does, every chunk
 * whose range holds it when both are cut to the shorter length (a prefix of longer words).
 * Chinese has no stemmer in Pagefind, so the word is looked up as it is.
 */
export function chunksFor(words: readonly string[], table: readonly PagefindChunk[]): string[] {
  const out = new Set<string>();
  for (const word of words) {
    const strict = table.filter(([from, to]) => compare(word, from) >= 0 && compare(word, to) <= 0);
    const loose = strict.length
      ? strict
      : table.filter(([from, to]) => {
          const n = Array.from(word).length;
          const f = Math.min(n, Array.from(from).length);
          const t = Math.min(n, Array.from(to).length);
          return compare(head(word, f), head(from, f)) >= 0 && compare(head(word, t), head(to, t)) <= 0;
        });
    for (const [, , hash] of loose) out.add(hash);
  }
  return [...out].sort();
}

const punctuation = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

/** Pagefind's `normalizeDiacritics`: marks removed (café → cafe), but not the kana voicing marks. */
const withoutMarks = (word: string): string => {
  const stripped = word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
};

/**
 * The words Pagefind looks up for a query string, as its `search()` makes them for Chinese: the
 * browser's word segments, lower-cased, without punctuation or diacritics.
 */
export function pagefindWords(query: string, segmenter: Intl.Segmenter): string[] {
  const words: string[] = [];
  for (const { segment } of segmenter.segment(query)) {
    const kept = Array.from(segment)
      .filter((ch) => !punctuation.test(ch))
      .map((ch) => ch.toLocaleLowerCase())
      .join('');
    const word = withoutMarks(kept.trim());
    if (word) words.push(word);
  }
  return words;
}

/**
 * The query Pagefind runs for a query string: word lists it reads alike (付款失败, 付款 失败) give
 * the same key, and are searched once (e2e/search-pagefind.spec.ts checks that they give
 * Pagefind's identical results).
 */
export const sameQuery = (query: string, segmenter: Intl.Segmenter): string =>
  pagefindWords(query, segmenter).join(' ');
