// The header search dialog and the home page's box, wired when the search module arrives. Their
// markup is the page's (src/components/search/SearchDialog.astro, SearchForm.astro): the head
// script opens the dialog at the tap and focuses its box before this module exists, so the
// reader may already have typed; what is in the box is searched as soon as the view is wired.
import { sel } from '../shared/hooks';
import { el } from './render';
import { createView, titled } from './view';
import { applySearchStyles } from './styles';
import { articleUrl, pageLang, searchPageFor } from '../shared/urls';
import { texts } from './texts';

/** Searches the box's text when the reader is in it and it is not what was searched last. */
function follow(input: HTMLInputElement, update: (q: string) => void): void {
  let last: string | undefined;
  const sync = () => {
    if (input.value !== last) update((last = input.value));
  };
  // Suggestions follow every keystroke (the view waits a little before asking Pagefind).
  input.addEventListener('input', sync);
  // The dialog opened again (or the box focused) with other text than the last search's.
  input.addEventListener('focus', sync);
  // The focus that loaded this module has come and gone: what was typed meanwhile is searched now.
  if (document.activeElement === input) sync();
}

/** Wires the header dialog: the suggestions, results and "more" link go under its form. */
export function mountDialog(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('input[name="q"]');
  const form = input?.form;
  if (!input || !form) return;
  applySearchStyles();
  const status = el('p', 'font-bold');
  status.dataset['status'] = '';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const help = el('div', '');
  help.dataset['help'] = '';
  const listbox = el('ul', 'space-y-2');
  listbox.dataset['suggestions'] = '';
  const results = el('ul', 'space-y-2');
  results.dataset['list'] = '';
  const more = el('a', 'inline-flex min-h-11 items-center', texts.more);
  more.dataset['more'] = '';
  more.hidden = true;
  more.href = searchPageFor('', '', pageLang());
  const hint = el('p', 'search-hint text-sm text-muted', texts.hint);
  const block = titled(texts.suggestTitle, listbox);
  const heading = listbox.previousElementSibling as HTMLElement;
  // Spaced here, not in the page's markup (every page carries the dialog's bytes).
  const panel = el('div', 'mt-3 space-y-3');
  panel.append(status, help, block, results, more, hint);
  form.after(panel);
  const view = createView(
    { input, listbox, results, status, help },
    { suggestions: 5, results: 4, subs: false, hotWhenEmpty: true, fullTextDelay: 150 },
  );
  form.addEventListener('submit', (e) => {
    // The close button submits too (method "dialog"): it only closes.
    if (e.submitter?.matches(sel.close)) return;
    // Enter in the box opens the first suggestion of this very query; otherwise the search page.
    const first = listbox.querySelector<HTMLElement>('[role="option"]')?.dataset['id'];
    if (first && listbox.dataset['query'] === input.value.trim() && input.value.trim()) {
      e.preventDefault();
      location.href = articleUrl(first);
    }
  });
  // Esc closes at once, even when a search box would first clear its text.
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      dialog.close();
    }
  });
  // A click on the backdrop (outside the panel) closes the dialog.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  follow(input, (raw) => {
    const q = raw.trim();
    more.hidden = !q;
    more.href = searchPageFor(q, '', pageLang());
    heading.textContent = q ? texts.suggestTitle : texts.hotTitle;
    void view.run(q);
  });
}

/**
 * Wires a search form's box (the home page's) to the same instant suggestions as the dialog,
 * listed under the form; Enter or the button still opens the search page with full results.
 */
export function mountBox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input) return;
  const status = el('p', 'sr-only');
  status.dataset['status'] = '';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const listbox = el('ul', 'mt-2 space-y-2');
  listbox.dataset['suggestions'] = '';
  listbox.hidden = true;
  const help = el('div', '');
  form.after(status, listbox);
  const view = createView(
    { input, listbox, results: el('ul', ''), status, help },
    { suggestions: 5, results: 0, subs: false, hotWhenEmpty: false, fullTextDelay: 0, fullText: false },
  );
  follow(input, (q) => void view.run(q));
}
