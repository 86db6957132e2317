// The /search/ page: the query in its URL runs on load (the head script has already put it in
// the box), every keystroke updates the suggestions, the section filter narrows both lists.
import { sel } from '../shared/hooks';
import { createView } from './view';
import { capQuery } from '../shared/limits';

/** Wires the /search/ page. */
export function mountPage(root: HTMLElement): void {
  const input = document.querySelector<HTMLInputElement>('main input[name="q"]');
  const select = root.querySelector('select') as HTMLSelectElement;
  const filterBox = root.querySelector(sel.filter) as HTMLElement;
  const allArticles = document.getElementById('all-articles');
  if (!input) return;
  const params = new URLSearchParams(location.search);
  // A link's query longer than the box takes is cut as the box would cut it (the view says so).
  input.value = capQuery(params.get('q') ?? input.value).text;
  select.value = params.get('section') ?? '';
  const view = createView(
    {
      input,
      listbox: root.querySelector(sel.suggestions) as HTMLElement,
      results: root.querySelector(sel.list) as HTMLElement,
      status: root.querySelector(sel.status) as HTMLElement,
      help: root.querySelector(sel.help) as HTMLElement,
      idle: root.querySelector<HTMLElement>(sel.idle),
      empty: root.querySelector<HTMLElement>(sel.empty),
    },
    { suggestions: 5, results: 10, subs: true, hotWhenEmpty: false, section: () => select.value, fullTextDelay: 200 },
  );

  const run = async () => {
    const q = input.value.trim();
    const url = new URL(location.href);
    url.searchParams.delete('q');
    url.searchParams.delete('section');
    if (q) url.searchParams.set('q', q);
    if (select.value) url.searchParams.set('section', select.value);
    history.replaceState(null, '', url);
    // The section filter appears with the first query, not on load (no layout shift).
    if (q) filterBox.hidden = false;
    const outcome = await view.run(q);
    // When search is not working, the full article list below is the way forward (after a
    // deploy, the reload button in the results is).
    if (outcome === -1) allArticles?.scrollIntoView({ block: 'nearest' });
  };
  input.addEventListener('input', () => void run());
  input.form?.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!view.active()) void run();
  });
  select.addEventListener('change', () => void run());
  if (input.value.trim()) void run();
}
