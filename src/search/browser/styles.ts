// The few layout rules only the search module's own markup needs (the dialog and sub-results).
// They ship with the module, not in every page's stylesheet (page budgets), and are applied as
// a constructed stylesheet: CSSOM, so the strict CSP needs no inline <style>.
const rules = `
#search-dialog{margin:0;width:100%;max-width:none;height:100dvh;max-height:none;padding:0;background:var(--bg);color:var(--text)}
#search-dialog::backdrop{background:rgb(0 0 0/.5)}
.search-sub{border-inline-start:2px solid var(--border);padding-inline-start:.75rem}
.search-hint{display:none}
@media (width>=40rem){
#search-dialog{margin:4rem auto 0;height:fit-content;max-height:80dvh;max-width:42rem;border:1px solid var(--border);border-radius:.5rem}
.search-hint{display:block}
}`;

let applied = false;

/** Adds the module's stylesheet to the document once. */
export function applySearchStyles(): void {
  if (applied) return;
  applied = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
