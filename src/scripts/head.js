// The only script that runs before interaction (kept under 1 KB once minified). It is inlined
// into every page's <head>; its hash goes into the Content-Security-Policy (src/lib/head-script.ts).
// - Applies a stored theme before the first paint so it never flashes; without a stored choice
//   the CSS follows the system. Wires every [data-theme-toggle] button by delegation.
// - Loads the search UI module only when the reader asks for search: a click on
//   [data-search-open], Ctrl/⌘+K or "/", or focus in a search box (to warm the index).
// - Registers the service worker when the page says where it is (production builds only).
(() => {
  const d = document;
  const ds = d.documentElement.dataset;
  const store = localStorage;
  const toggle = '[data-theme-toggle]';
  const on = (type, fn) => d.addEventListener(type, fn);
  try {
    const s = store.theme;
    if (s === 'dark' || s === 'light') ds.theme = s;
  } catch {
    /* storage blocked: follow the system */
  }
  const dark = () => (ds.theme ? ds.theme == 'dark' : matchMedia('(prefers-color-scheme:dark)').matches);
  const sync = () =>
    d.querySelectorAll(toggle).forEach((b) => {
      b.hidden = false;
      b.ariaPressed = dark();
    });
  const ui = () => import(ds.searchSrc);
  const open = (fallback) =>
    ui()
      .then((m) => m.openDialog())
      .catch(() => (location.href = fallback));
  on('DOMContentLoaded', sync);
  on('click', (e) => {
    const t = e.target;
    const o = t.closest?.('[data-search-open]');
    if (o) {
      e.preventDefault();
      open(o.href);
    }
    if (t.closest?.(toggle)) {
      ds.theme = dark() ? 'light' : 'dark';
      try {
        store.theme = ds.theme;
      } catch {
        /* storage blocked: this page only */
      }
      sync();
    }
  });
  on('keydown', (e) => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
    if ((e.key == 'k' && (e.ctrlKey || e.metaKey)) || (e.key == '/' && !typing)) {
      e.preventDefault();
      open('/search/');
    }
  });
  on('focusin', (e) => e.target.name == 'q' && ui().then((m) => m.preload()));
  if (ds.sw) addEventListener('load', () => navigator.serviceWorker?.register(ds.sw));
})();
