// The header search dialog, built on first use so that pages carry none of its markup.
import { sel } from '../shared/hooks';
import { preload } from './load';
import { el } from './render';
import { createView, titled } from './view';
import { applySearchStyles } from './styles';
import { articleUrl } from '../shared/urls';
import { texts } from './texts';
import { queryMaxChars } from '../shared/limits';

function createDialog(): HTMLDialogElement {
  applySearchStyles();
  const dialog = el('dialog', '');
  dialog.id = 'search-dialog';
  dialog.setAttribute('aria-labelledby', 'search-dialog-title');
  const panel = el('div', 'flex flex-col gap-3 p-4');
  const top = el('div', 'flex items-center justify-between gap-2');
  const title = el('p', 'text-lg font-bold', texts.dialogTitle);
  title.id = 'search-dialog-title';
  const close = el(
    'button',
    'inline-flex size-11 items-center justify-center rounded-lg border border-border text-2xl',
    '×',
  );
  close.type = 'button';
  close.dataset['close'] = '';
  close.setAttribute('aria-label', texts.close);
  top.append(title, close);
  const form = el('form', 'flex gap-2');
  form.action = '/search/';
  form.method = 'get';
  const label = el('label', 'sr-only', texts.label);
  label.htmlFor = 'search-dialog-q';
  const input = el(
    'input',
    'min-h-12 min-w-0 flex-1 rounded-lg border-2 border-border bg-bg px-3 text-lg text-text placeholder:text-muted',
  );
  Object.assign(input, {
    id: 'search-dialog-q',
    name: 'q',
    type: 'search',
    autocomplete: 'off',
    enterKeyHint: 'search',
    placeholder: texts.placeholder,
    maxLength: queryMaxChars,
  });
  const submit = el(
    'button',
    'min-h-12 shrink-0 rounded-lg bg-accent px-4 text-lg font-bold text-accent-text',
    texts.button,
  );
  submit.type = 'submit';
  form.append(label, input, submit);
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
  more.href = '/search/';
  const hint = el('p', 'search-hint text-sm text-muted', texts.hint);
  panel.append(top, form, status, help, titled(texts.suggestTitle, listbox), results, more, hint);
  dialog.append(panel);
  return dialog;
}

function wireDialog(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector('input') as HTMLInputElement;
  const listbox = dialog.querySelector(sel.suggestions) as HTMLElement;
  const more = dialog.querySelector(sel.more) as HTMLAnchorElement;
  const heading = listbox.previousElementSibling as HTMLElement;
  const view = createView(
    {
      input,
      listbox,
      results: dialog.querySelector(sel.list) as HTMLElement,
      status: dialog.querySelector(sel.status) as HTMLElement,
      help: dialog.querySelector(sel.help) as HTMLElement,
    },
    { suggestions: 5, results: 4, subs: false, hotWhenEmpty: true, fullTextDelay: 150 },
  );
  const update = (q: string) => {
    more.hidden = !q;
    more.href = `/search/?q=${encodeURIComponent(q)}`;
    heading.textContent = q ? texts.suggestTitle : texts.hotTitle;
    void view.run(q);
  };
  // Suggestions follow every keystroke (the view waits a little before asking Pagefind).
  input.addEventListener('input', () => update(input.value));
  dialog.querySelector('form')?.addEventListener('submit', (e) => {
    // Enter in the box opens the first suggestion of this very query; otherwise the search page.
    const first = listbox.querySelector<HTMLElement>('[role="option"]')?.dataset['id'];
    if (first && listbox.dataset['query'] === input.value.trim() && input.value.trim()) {
      e.preventDefault();
      location.href = articleUrl(first);
    }
  });
  dialog.querySelector(sel.close)?.addEventListener('click', () => dialog.close());
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
  update('');
}

/** Opens the search dialog (built on first use). */
export function openDialog(): void {
  let dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
  if (dialog?.open) {
    dialog.querySelector('input')?.focus();
    return;
  }
  if (!dialog) {
    dialog = createDialog();
    document.body.append(dialog);
    wireDialog(dialog);
  }
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.addEventListener('close', () => opener?.focus(), { once: true });
  dialog.showModal();
  const input = dialog.querySelector('input');
  input?.focus();
  input?.select();
  void preload().catch(() => undefined);
}
