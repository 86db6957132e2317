// The search module's entry: the header dialog and the /search/ page. Bundled on its own
// (src/lib/build/bundles.ts) and loaded only when the reader opens or focuses search; it asks
// for the instant file (src/pages/search-instant.json.ts) the moment it runs.
import { instant } from './engine';
import { mountPage } from './page';

export { openDialog } from './dialog';
export { instant, preload, search } from './engine';

/** Suggestions for a query, best first (the benchmark times one keystroke with this). */
export async function suggest(query: string, limit = 5): Promise<string[]> {
  return (await instant()).suggest(query, limit).results.map((s) => s.id);
}

void instant().catch(() => undefined);
const page = document.querySelector<HTMLElement>('[data-search-page]');
if (page) mountPage(page);
