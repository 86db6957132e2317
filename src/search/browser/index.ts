// The search module's entry: the header dialog, the home page's box and the /search/ page, all
// server-rendered; this wires them. Bundled on its own (src/lib/build/bundles.ts) and loaded only
// when the reader opens or focuses search, together with the instant file
// (src/pages/search-instant.js.ts); it starts Pagefind the moment it runs.
import { sel } from '../shared/hooks';
import { instant, preload } from './load';
import { mountPage } from './page';
import { mountBox, mountDialog } from './dialog';

export { instant, preload, search } from './load';
/** The situation line's renderer (the browser test feeds it hostile text). */
export { renderSituation } from './render';

/** Settles once the instant layer has indexed every article (the benchmark times keystrokes after it). */
export async function indexed(): Promise<void> {
  await (
    await instant()
  ).schedule.complete;
}

/** Suggestions for a query, best first (the benchmark times one keystroke with this). */
export async function suggest(query: string, limit = 5): Promise<string[]> {
  return (await instant()).suggest(query, limit).results.map((s) => s.id);
}

// The reader asked for search: Pagefind's files start first (they are the longest chain), then
// the instant engine is built from the file the head script fetched beside this module.
void preload().catch(() => undefined);
void instant().catch(() => undefined);
const page = document.querySelector<HTMLElement>(sel.page);
if (page) mountPage(page);
const dialog = document.querySelector<HTMLDialogElement>(sel.dialog);
if (dialog) mountDialog(dialog);
for (const form of document.querySelectorAll<HTMLFormElement>(sel.form)) mountBox(form);
