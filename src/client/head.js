// The only script that runs before interaction (kept under 1 KB gzip). It is inlined into
// every page's <head>; its hash goes into the Content-Security-Policy (src/lib/build/head-script.ts).
// - Applies the reader's stored switches before the first paint, so nothing flashes: the theme
//   (dark/light; without a choice the CSS follows the system) and 长辈模式 (elder on/off).
//   Every [data-switch] button flips one of them; the choice is remembered.
// - Shows [data-read-aloud] buttons only where the browser can speak Chinese, and loads the
//   read-aloud module on their first click.
// - Loads the search UI module and its instant file, side by side, only when the reader asks for
//   search: a click on [data-search-open], Ctrl/⌘+K or "/", or focus in a search box (to warm
//   the index). The search page opens instead when the module cannot be loaded.
// - Puts a /search/?q= query into the page's box before any module arrives.
// - Puts every notice (data-win="start end", epoch ms) in its phase by the reader's clock
//   (0 upcoming, 1 current, 2 past): a banner shows only in phase 1; on /notices/ an item (it has
//   an id) moves to the top of the list of its phase. It runs while the
//   page is parsed (a MutationObserver fires before the next paint, so nothing flashes), again
//   when the page is shown from the back/forward cache, and every minute, so a banner appears at
//   its start and goes at its end with no rebuild. Same rule as src/lib/content/notices.ts.
// - Registers the service worker when the page says where it is (production builds only).
/* global SEARCH_MODULE, SEARCH_INSTANT, SEARCH_GIVE_UP */
(() => {
  const d = document;
  const ds = d.documentElement.dataset;
  let store = {};
  const on = (type, fn) => d.addEventListener(type, fn);
  const all = (sel, fn) => d.querySelectorAll(sel).forEach(fn);
  const dark = () => (ds.theme ? ds.theme == 'dark' : matchMedia('(prefers-color-scheme:dark)').matches);
  const state = { theme: dark, elder: () => ds.elder == 'on' };
  try {
    store = localStorage;
    for (const k in state) if (store[k]) ds[k] = store[k];
  } catch {
    /* storage blocked: defaults */
  }
  const sync = () =>
    all('[data-switch]', (b) => {
      b.hidden = false;
      b.ariaPressed = state[b.dataset.switch]();
    });
  const speech = self.speechSynthesis;
  const voices = () =>
    speech?.getVoices().some((v) => /^zh/i.test(v.lang)) && all('[data-read-aloud]', (b) => (b.hidden = false));
  // The instant file (its URL is the module's with the instant file's path: SEARCH_MODULE and
  // SEARCH_INSTANT come from src/search/shared/urls.ts at build) downloads beside the module,
  // not after it: the search module's own import of it joins this one.
  // Once both are on their way, the main thread would idle: it makes the browser's Chinese word
  // segmenter, whose first creation loads a dictionary (~0.1 s on a slow phone); the search
  // module's own segmenter then costs nothing.
  const ui = (m = import(ds.searchSrc)) => (
    import(ds.searchSrc.replace(SEARCH_MODULE, SEARCH_INSTANT)).catch(() => {}),
    new Intl.Segmenter('zh', { granularity: 'word' }),
    m
  );
  // The search page opens instead when the module fails or has not come within the time every
  // part of search gives up after (SEARCH_GIVE_UP: giveUpMs of src/search/shared/limits.ts).
  const open = (f, go = () => (location.href = f), t = setTimeout(go, SEARCH_GIVE_UP)) =>
    ui().then((m) => (clearTimeout(t), m.openDialog()), go);
  const tick = () =>
    all('[data-win]', (e) => {
      // How many of its two times have passed: 0 upcoming, 1 current, 2 past.
      const p = e.dataset.win.split(' ').filter((t) => Date.now() >= t).length;
      const l = e.id && d.getElementById(`phase-${p}`);
      // A banner (no id) shows only while current; a list item that changed phase is the latest
      // news of its new group: it goes first.
      e.hidden = !e.id && p != 1;
      if (l && e.parentNode != l) l.prepend(e);
    });
  // Left on after parsing: later changes (search results) cost one tiny query each.
  new MutationObserver(tick).observe(d, { childList: true, subtree: true });
  addEventListener('pageshow', tick);
  setInterval(tick, 6e4);
  on('DOMContentLoaded', () => {
    sync();
    voices();
    // A search page opened with ?q= shows the query in its box at once, before the search module.
    for (const b of d.getElementsByName('q')) b.value ||= new URLSearchParams(location.search).get('q');
  });
  if (speech) speech.onvoiceschanged = voices;
  on('click', (e) => {
    const t = e.target;
    const o = t.closest?.('[data-search-open]');
    const b = t.closest?.('[data-switch]');
    const r = t.closest?.('[data-read-aloud]');
    if (r) import(r.dataset.src).then((m) => m.toggle(r));
    if (o) {
      e.preventDefault();
      open(o.href);
    }
    if (b) {
      const k = b.dataset.switch;
      ds[k] = k == 'theme' ? (dark() ? 'light' : 'dark') : state.elder() ? 'off' : 'on';
      try {
        store[k] = ds[k];
      } catch {
        /* storage blocked: this page only */
      }
      sync();
    }
  });
  on('keydown', (e) => {
    // In a form field (input, textarea, select: elements with a value), "/" is typed, not a shortcut.
    const typing = 'value' in e.target;
    if ((e.key == 'k' && (e.ctrlKey || e.metaKey)) || (e.key == '/' && !typing)) {
      e.preventDefault();
      open('/search/');
    }
  });
  on('focusin', (e) => e.target.name == 'q' && ui().then((m) => m.preload()));
  if (ds.sw) addEventListener('load', () => navigator.serviceWorker?.register(ds.sw));
})();
