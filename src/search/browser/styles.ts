// The few layout rules only the search module's own markup needs (sub-results, the dialog's
// key hint). They ship with the module, not in every page's stylesheet (page budgets), and are
// applied as a constructed stylesheet: CSSOM, so the strict CSP needs no inline <style>. The
// dialog's own layout is in the page's CSS (src/styles/components.css): it opens before the module.
const rules = `
.search-sub{border-inline-start:2px solid var(--border);padding-inline-start:.75rem}
.search-hint{display:none}
@media (width>=40rem){.search-hint{display:block}}`;

let applied = false;

/** Adds the module's stylesheet to the document once. */
export function applySearchStyles(): void {
  if (applied) return;
  applied = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
