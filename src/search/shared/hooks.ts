// The names of the DOM hooks between the server-rendered markup (.astro) and the search module,
// once. Markup spreads `hook.x` as an attribute ({...hook.page}); scripts and tests select with
// `sel.x`. The inline head script spells `data-search-open` itself (kept under 1 KB); a unit test
// holds it to this name.

/** Attribute names. */
export const hooks = {
  /** The /search/ page's results area. */
  page: 'data-search-page',
  /** A link or button that opens the search dialog (the header's). */
  open: 'data-search-open',
  /** The header search dialog. */
  dialog: 'data-search-dialog',
  /** A search form whose box gets suggestions (the home page's, the dialog's). */
  form: 'data-search-form',
  /** The section filter's box (shown with the first query). */
  filter: 'data-filter',
  /** The status line; `data-done` on it names the query whose outcome it shows. */
  status: 'data-status',
  done: 'data-done',
  /** Directly under the status: help when nothing matched or search is not working. */
  help: 'data-help',
  /** The page's static no-result help. */
  empty: 'data-empty',
  /** Shown until suggestions replace it (the page's hot questions). */
  idle: 'data-idle',
  /** The suggestions listbox; `data-query` on it names the query whose first suggestion Enter may open (issue 23: only a sure one). */
  suggestions: 'data-suggestions',
  query: 'data-query',
  /** The full-text results list. */
  list: 'data-list',
  /** The dialog's "more results" link. */
  more: 'data-more',
  /** The dialog's close button. */
  close: 'data-close',
  /** A titled block holding a list. */
  titled: 'data-titled',
  /** An option's article id. */
  id: 'data-id',
  /** The drawn no-result help and the "not working" note. */
  noResultHelp: 'data-no-result-help',
  unavailable: 'data-unavailable',
} as const;

type HookName = keyof typeof hooks;

/** Each hook as an attribute to spread in markup: `<div {...hook.page}>`. */
export const hook = /* @__PURE__ */ Object.fromEntries(Object.entries(hooks).map(([k, v]) => [k, { [v]: '' }])) as {
  [K in HookName]: Record<(typeof hooks)[K], ''>;
};

/** Each hook as a CSS selector: `[data-search-page]`. */
export const sel = /* @__PURE__ */ Object.fromEntries(Object.entries(hooks).map(([k, v]) => [k, `[${v}]`])) as {
  [K in HookName]: `[${(typeof hooks)[K]}]`;
};

/** The dataset key of a hook (`data-no-result-help` → `noResultHelp`), for `element.dataset`. */
export const dataKey = (name: HookName): string =>
  hooks[name].slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
