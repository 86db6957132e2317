// Shared steps of the search tests: run a query on /search/ and read what a reader sees first
// (the suggested questions, then the full-text results), once the outcome is announced.
import { expect, type Page } from '@playwright/test';

/** The /search/ page's box (a combobox over the suggestions). */
export const pageBox = (page: Page) => page.locator('main').getByRole('combobox', { name: '输入你遇到的问题' });

/** Article ids in the order the page shows them: suggestions first, then full-text results. */
export async function shownIds(page: Page, scope = '[data-search-page]'): Promise<string[]> {
  const root = page.locator(scope);
  const suggested = await root
    .locator('[role="listbox"] [role="option"]')
    .evaluateAll((os) => os.map((o) => (o as HTMLElement).dataset['id'] ?? ''));
  const full = await root
    .locator('[data-list] > li > a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.replace(/^\/|\/$/g, '')));
  return [...new Set([...suggested, ...full])];
}

/** Waits until the status announces the outcome of `query` (results, none, or not working). */
export async function settled(page: Page, query: string, scope = '[data-search-page]'): Promise<void> {
  const status = page.locator(`${scope} [role="status"]`);
  await expect.poll(() => status.getAttribute('data-done'), { timeout: 15_000 }).toBe(query.trim());
}

/** Types `query` into the page's box and returns the ids shown once the outcome is announced. */
export async function searchOnPage(page: Page, query: string): Promise<string[]> {
  await pageBox(page).fill(query);
  await settled(page, query);
  return shownIds(page);
}
