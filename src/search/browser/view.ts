// One search view (the header dialog or the /search/ page): the box as an ARIA combobox over
// the suggested questions, the full-text results below them, one status line announcing the
// outcome, and the help shown first when nothing matches. Suggestions come from the instant
// layer on every keystroke; Pagefind's results are appended underneath when they arrive, so
// nothing the reader is about to tap moves.
import { sel } from '../shared/hooks';
import type { Suggestion } from '../shared/engine';
import {
  GaveUp,
  giveUpAt,
  instant,
  instantForQuery,
  prefetch,
  searchStream,
  siteUpdated,
  unavailableText,
} from './load';
import { capQuery, queryMaxChars } from '../shared/limits';
import {
  el,
  namedWords,
  renderEditionOffer,
  renderHit,
  renderNoResultHelp,
  renderOffSiteHelp,
  renderOption,
  renderSiteUpdated,
  renderSituation,
  renderUnavailable,
} from './render';
import { answerOf } from '../shared/honest';
import { editionOffer } from '../shared/edition';
import type { InstantEngine } from '../shared/engine';
import { articleUrl, pageLang } from '../shared/urls';
import { texts } from './texts';

/** The elements of one view; `help` sits directly under the status line. */
export interface ViewParts {
  input: HTMLInputElement;
  listbox: HTMLElement;
  results: HTMLElement;
  status: HTMLElement;
  help: HTMLElement;
  /** Shown until suggestions replace it (the page's static hot questions). */
  idle?: HTMLElement | null;
  /** The page's static no-result help; without it the view draws its own into `help`. */
  empty?: HTMLElement | null;
}

/** How many of each a view shows. */
export interface ViewOptions {
  suggestions: number;
  results: number;
  subs: boolean;
  /** Show the hot questions as options while the box is empty (the dialog). */
  hotWhenEmpty: boolean;
  section?: () => string;
  /** Pause before asking the full-text engine, so that it gets one query per pause in typing, not per letter (ms). */
  fullTextDelay: number;
  /** Suggestions only, no full text (the home page's box: its Enter opens the search page). */
  fullText?: boolean;
}

/**
 * What a run ended with: the number of articles shown, -1 when full text failed, -2 when it
 * failed because the site was deployed again since the page loaded, null when superseded.
 */
export type RunOutcome = number | null;

/** A search view bound to its elements. */
export interface View {
  run(query: string): Promise<RunOutcome>;
  /** The option under the keyboard cursor, if any. */
  active(): HTMLElement | null;
}

let counter = 0;

/** Wires the combobox keys and returns the view's `run`. */
export function createView(parts: ViewParts, opts: ViewOptions): View {
  const { input, listbox, results, status, help, idle, empty } = parts;
  const prefix = `sg${++counter}-`;
  listbox.id ||= `${prefix}list`;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', texts.suggestTitle);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  let generation = 0;

  // Issue 23, above the suggestions: the reader's situation (a live region, there from the start
  // so that screen readers announce it), and the label of what is only possibly related when the
  // site has no article on the query.
  const block = listbox.closest<HTMLElement>(sel.titled) ?? listbox;
  const heading = block === listbox ? null : (block.firstElementChild as HTMLElement | null);
  const banner = el('div', '');
  banner.dataset['situation'] = '';
  banner.setAttribute('aria-live', 'polite');
  const maybe = el('p', 'font-bold text-muted', texts.maybeTitle);
  maybe.dataset['maybe'] = '';
  maybe.hidden = true;
  // First of all: a query written for the other edition is offered its search (./edition.ts).
  const offer = el('p', '');
  offer.dataset['editionOffer'] = '';
  offer.setAttribute('aria-live', 'polite');
  block.before(offer, banner, maybe);
  const showOffer = (query: string | undefined) => {
    if (query) offer.replaceChildren(renderEditionOffer(query));
    else offer.replaceChildren();
  };
  const showSituation = (line: Parameters<typeof renderSituation>[1] | undefined) => {
    banner.className = line ? 'rounded-lg border-2 border-accent p-3 text-lg font-bold' : '';
    if (line) renderSituation(banner, line);
    else banner.replaceChildren();
  };
  const markMaybe = (on: boolean) => {
    maybe.hidden = !on;
    if (heading) heading.hidden = on;
    listbox.setAttribute('aria-label', on ? texts.maybeTitle : texts.suggestTitle);
  };

  const options = () => [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
  const active = () => {
    const id = input.getAttribute('aria-activedescendant');
    return id ? document.getElementById(id) : null;
  };
  const setActive = (o: HTMLElement | null) => {
    for (const x of options()) {
      x.setAttribute('aria-selected', String(x === o));
      // Styled here, not by a class: the stylesheet of every page stays as small as it is.
      x.style.outline = x === o ? '3px solid var(--accent)' : '';
      x.style.background = x === o ? 'var(--surface)' : '';
    }
    if (o) {
      input.setAttribute('aria-activedescendant', o.id);
      o.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const showOptions = (list: readonly Suggestion[]) => {
    setActive(null);
    listbox.replaceChildren(...list.map((s, i) => renderOption(s, `${prefix}${i}`)));
    // An empty listbox is hidden (a listbox must hold options), with its title in the dialog.
    const block = listbox.closest<HTMLElement>(sel.titled);
    listbox.hidden = list.length === 0;
    if (block) block.hidden = list.length === 0;
    input.setAttribute('aria-expanded', String(list.length > 0));
  };

  const open = (o: HTMLElement | undefined) => {
    if (o?.dataset['id']) location.href = articleUrl(o.dataset['id']);
  };
  listbox.addEventListener('click', (e) =>
    open((e.target as HTMLElement).closest<HTMLElement>('[role="option"]') ?? undefined),
  );

  input.addEventListener('keydown', (e) => {
    const all = options();
    const i = all.indexOf(active() as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!all.length) return;
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? (i + 1) % all.length : i <= 0 ? all.length - 1 : i - 1;
      setActive(all[next] ?? null);
    } else if (e.key === 'Enter' && i >= 0) {
      e.preventDefault();
      open(all[i]);
    } else if (e.key === 'Escape' && i >= 0) {
      // The first Esc leaves the list; the dialog closes on the next one.
      e.preventDefault();
      e.stopPropagation();
      setActive(null);
    }
  });

  async function run(raw: string): Promise<RunOutcome> {
    // A paste or a URL longer than the cap is searched as far as the cap, and the reader told.
    const { text: query, cut } = capQuery(raw.trim());
    const deadline = giveUpAt();
    const mine = ++generation;
    const stale = () => mine !== generation;
    help.replaceChildren();
    if (empty) empty.hidden = true;
    // data-done names the query whose outcome the status shows (tests and tools wait on it).
    delete status.dataset['done'];
    const done = (outcome: number): number => {
      status.dataset['done'] = query;
      if (cut) status.prepend(`${texts.queryCut.replace('{count}', String(queryMaxChars))} `);
      return outcome;
    };
    results.replaceChildren();
    delete results.dataset['query'];
    // Pagefind's index chunks for these words start loading now, while the view waits to see
    // whether the reader types on (failures are the full-text search's to report).
    if (query) void prefetch(query).catch(() => undefined);
    let suggested: Suggestion[] = [];
    let found: ReturnType<InstantEngine['suggest']> | undefined;
    try {
      const engine = await (query ? instantForQuery(deadline) : instant());
      if (stale()) return null;
      const section = opts.section?.() ?? '';
      found = query ? engine.suggest(query, opts.suggestions + 5) : undefined;
      suggested = found ? found.results : opts.hotWhenEmpty ? engine.hot() : [];
      // The page's section filter narrows the suggestions as it narrows the full text.
      suggested = suggested
        .filter((s) => !query || !section || s.section === section)
        .slice(0, query ? opts.suggestions : undefined);
    } catch {
      // The instant file did not arrive: full text may still work.
    }
    if (stale()) return null;
    showOptions(suggested);
    const situation = found?.analysis.situation;
    const answer = found
      ? answerOf({
          missing: found.analysis.missing,
          situation: !!situation,
          count: suggested.length,
          matched: found.top.matched,
        })
      : undefined;
    const offSite = answer?.kind === 'off-site' ? answer.missing : [];
    showSituation(situation?.line);
    markMaybe(offSite.length > 0);
    // Weak: nothing, nothing clearly right, or no article on the query's words.
    const weak = !found || !suggested.length || offSite.length > 0 || !found.confident;
    showOffer(query && editionOffer(query, pageLang(), weak, found?.analysis.pinyin) ? query : undefined);
    // Enter opens the first suggestion only when the reader can see it is right: the situation's
    // article or a clear best match (src/search/shared/honest.ts); otherwise the results page.
    if (found?.confident && !offSite.length && suggested[0] && suggested[0].id === found.results[0]?.id)
      listbox.dataset['query'] = query;
    else delete listbox.dataset['query'];
    // The hot questions stay on screen until there is something better to show.
    if (idle) idle.hidden = query !== '' && suggested.length > 0;
    if (!query) {
      status.textContent = '';
      return done(0);
    }
    // The site has no article on it: say so and name the words, never "found N".
    const honest = offSite.length ? texts.offSite.replace('{words}', () => namedWords(offSite)) : '';
    if (honest) help.append(renderOffSiteHelp());
    if (opts.fullText === false) {
      status.textContent = honest || (suggested.length ? texts.count.replace('{count}', String(suggested.length)) : '');
      return done(suggested.length);
    }
    status.textContent =
      honest || (suggested.length ? texts.suggestCount.replace('{count}', String(suggested.length)) : texts.loading);
    await new Promise((resolve) => setTimeout(resolve, opts.fullTextDelay));
    if (stale()) return null;
    const shown = new Set(suggested.map((s) => articleUrl(s.id)));
    let count = suggested.length;
    try {
      const { hits } = await searchStream(query, opts.section?.() ?? '', opts.results + shown.size, deadline);
      if (stale()) return null;
      results.dataset['query'] = query;
      let drawn = 0;
      // Each result appears as soon as its data arrives, in rank order, after the suggestions.
      for (const hit of hits) {
        // Enough shown: the rest of the list (kept for skipping suggestions) is not waited for.
        if (drawn >= opts.results) break;
        const h = await hit;
        if (stale()) return null;
        if (shown.has(h.url)) continue;
        results.append(renderHit(h, opts.subs));
        drawn++;
      }
      count += drawn;
      if (honest) {
        status.textContent = honest;
        return done(count);
      }
      status.textContent = count
        ? texts.count.replace('{count}', String(count))
        : texts.none.replace('{query}', () => query);
      if (!count && empty) {
        // The page's help, with its hot questions (the idle block) under it.
        empty.hidden = false;
        if (idle) idle.hidden = false;
      } else if (!count) help.append(renderNoResultHelp((await instant().catch(() => null))?.hot() ?? []));
      return done(count);
    } catch (error) {
      if (stale()) return null;
      // A page older than the deploy asks for search files that are gone: a reload mends it. (A
      // search that gave up heard nothing at all: no probe, the reader is told at once.)
      const updated = !(error instanceof GaveUp) && (await siteUpdated());
      if (stale()) return null;
      if (updated) {
        status.textContent = texts.siteUpdated;
        results.replaceChildren(renderSiteUpdated());
        return done(-2);
      }
      // Not "no results": the index did not load or a part of it failed. The explanation goes
      // below the suggestions, so that nothing the reader may tap moves down.
      status.textContent = unavailableText(error);
      results.replaceChildren(renderUnavailable());
      return done(-1);
    }
  }

  return { run, active };
}

/** A titled block holding a list (the dialog's and page's sections). */
export function titled(title: string, list: HTMLElement): HTMLElement {
  const box = el('div', 'space-y-2');
  box.dataset['titled'] = '';
  box.append(el('p', 'text-sm font-bold text-muted', title), list);
  return box;
}
