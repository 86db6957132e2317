// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIntegration as pagefind } from './src/search/build/index.ts';
import contentCheck from './src/integrations/content-check.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import cspTrim from './src/integrations/csp-trim.ts';
import precompress from './src/integrations/precompress.ts';
import { readArticles, readYaml } from './src/lib/content/disk.ts';
import { lastUpdated } from './src/lib/content/git-dates.ts';
import { headScriptHash } from './src/lib/build/head-script.ts';
import { articleUrl } from './src/lib/content/routes.ts';
import { readEnglishArticles } from './src/lib/checks/english.ts';
import { sitemapAlternates } from './src/lib/seo/alternates.ts';
import { alternateDiagnoseUrls } from './src/lib/content/troubleshooter.ts';

// The public address of the site; canonical URLs, the sitemap and robots.txt use it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
// Tests build small fixture sites from other folders; editors never set this.
const contentDir = process.env.CONTENT_DIR ?? './content';

// Every article file, read once per build: the content check and the sitemap share it
// (Astro's own content loader is the only other reader).
const sourceArticles = readArticles(contentDir);
// The English edition's files (content/en/), for the sitemap's dates and language alternates.
const englishArticles = readEnglishArticles(contentDir);
// Troubleshooter steps reached by a second walk repeat a page whose canonical URL is elsewhere.
const treeFile = /** @type {{ data?: any }} */ (readYaml(`${contentDir}/troubleshooter.yaml`));
const alternateSteps = treeFile.data?.nodes ? alternateDiagnoseUrls(treeFile.data) : new Set();
const englishTree = /** @type {{ data?: any }} */ (readYaml(`${contentDir}/en/troubleshooter.yaml`));
if (englishTree.data?.nodes) for (const url of alternateDiagnoseUrls(englishTree.data)) alternateSteps.add(`/en${url}`);

// The sitemap's lastmod is the same date the article shows (frontmatter override, else git).
const articleDates = new Map(
  [...sourceArticles.map((a) => ({ a, lang: 'zh-CN' })), ...englishArticles.map((a) => ({ a, lang: 'en' }))].map(
    ({ a, lang }) => {
      const override = a.data?.updated ? new Date(String(a.data.updated)) : undefined;
      return [articleUrl(a.id, /** @type {'zh-CN' | 'en'} */ (lang)), lastUpdated(a.filePath, override)];
    },
  ),
);
// Each page's hreflang alternates in the sitemap: the same pairs the pages declare.
const alternatesOf = sitemapAlternates(sourceArticles, englishArticles);

export default defineConfig({
  site,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Fixture builds in tests use their own cache so they never mix with the real content.
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  prerenderConflictBehavior: 'error',
  // Chinese at the root, English under /en/ (src/pages/[...lang]/ builds each page per edition).
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false },
  },
  build: { format: 'directory' },
  // A strict policy in a <meta> on every page: no inline code but the hashed head script, no
  // eval; 'wasm-unsafe-eval' because Pagefind runs its WebAssembly on the main thread here.
  // frame-ancestors can only be sent as a header: see src/lib/build/header-policy.ts.
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [headScriptHash] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) =>
        !page.includes('/404') && !page.includes('/offline/') && !alternateSteps.has(new URL(page).pathname),
      serialize: (item) => {
        const path = new URL(item.url).pathname;
        const date = articleDates.get(path);
        const links = alternatesOf(path)?.map(({ lang, path: p }) => ({ lang, url: new URL(p, item.url).href }));
        return { ...item, ...(date ? { lastmod: date.toISOString() } : {}), ...(links ? { links } : {}) };
      },
    }),
    // Build steps after the pages are written, in this order, each reading what the one
    // before it wrote: trim CSP hashes in the HTML → index the final HTML with Pagefind →
    // precache the final files (pages and index) in the service worker → check every built
    // link → write .br/.gz copies of the final text files (never listed by the service worker,
    // which ran before them). (The content check itself runs first, at build start.)
    cspTrim(),
    pagefind(),
    serviceWorker(),
    contentCheck(contentDir, sourceArticles),
    precompress(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rollupOptions: {
        // MDX pages carry Astro's own "use astro:head-inject" directive; the bundler's notice
        // about it is noise that would hide real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
