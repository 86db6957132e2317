// The only script that runs before interaction (kept under 1 KB gzip). It is inlined into
// every page's <head>; its hash goes into the Content-Security-Policy (src/lib/build/head-script.ts).
// - Applies the reader's stored switches before the first paint, so nothing flashes: the theme
//   (dark/light; without a choice the CSS follows the system) and 长辈模式 (elder on/off).
//   Every [data-switch] button flips one of them; the choice is remembered.
// - Shows [data-read-aloud] buttons only where the browser can speak the page's language
//   (<html data-voice>, ^zh or ^en), and loads the
//   read-aloud module on their first click.
// - Opens the header search dialog (in the page: src/components/search/SearchDialog.astro) at
//   once on a click on [data-search-open], Ctrl/⌘+K or "/": showModal() focuses its box (the
//   dialog's first focusable element) before any module arrives. Focus in a search box (name="q": the dialog's, the
//   home page's) loads the search UI module and its instant file, side by side; the module reads
//   whatever was typed meanwhile. Without the module, Enter submits the box to the search page.
// - Offers the English edition ([data-offer] on the home page) to a browser whose languages
//   include no Chinese; it never redirects.
// - Puts a /search/?q= query into the page's box before any module arrives.
// - Puts every notice (data-win="start end", epoch ms) in its phase by the reader's clock
//   (0 upcoming, 1 current, 2 past): a banner shows only in phase 1; on /notices/ an item (it has
//   an id) moves to the top of the list of its phase. It runs while the
//   page is parsed (a MutationObserver fires before the next paint, so nothing flashes), again
//   when the page is shown from the back/forward cache, and every minute, so a banner appears at
//   its start and goes at its end with no rebuild. Same rule as src/lib/content/notices.ts.
// - Registers the service worker when the page says where it is (production builds only).
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
    speech?.getVoices().some((v) => v.lang.match(ds.voice)) && all('[data-read-aloud]', (b) => (b.hidden = false));
  // The instant file of the page's edition (its URL is on <html>, from src/search/shared/urls.ts
  // at build) downloads beside the module,
  // not after it: the search module's own import of it joins this one.
  // Once both are on their way, the main thread would idle: it makes the browser's Chinese word
  // segmenter, whose first creation loads a dictionary (~0.1 s on a slow phone); the search
  // module's own segmenter then costs nothing.
  // (A module that fails leaves the page as it is: the box then submits to the search page.)
  // The instant file is this edition's (<html data-instant-src>).
  const ui = () => (
    import(ds.searchSrc),
    import(ds.instantSrc).catch(() => {}),
    new Intl.Segmenter('zh', { granularity: 'word' })
  );
  // showModal() focuses the dialog's first focusable element, its box; the focus loads the module
  // (focusin). On a dialog already open, showModal() does nothing.
  const open = () => d.getElementById('search-dialog').showModal();
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
    // A browser that reads no Chinese sees the offer of the English edition (never a redirect).
    // (The list as one string, "en-US,en": any tag starting zh is a Chinese reader.)
    all('[data-offer]', (e) => (e.hidden = /zh/i.test(navigator.languages)));
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
      // Without the dialog (open throws), the link opens the search page.
      open();
      e.preventDefault();
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
      open();
    }
  });
  // The module starts Pagefind and the instant engine, and wires every box, as it runs.
  on('focusin', (e) => e.target.name == 'q' && ui());
  if (ds.sw) addEventListener('load', () => navigator.serviceWorker?.register(ds.sw));
})();
