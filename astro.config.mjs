// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';

// The public address of the site; canonical URLs, the sitemap and robots.txt use it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Fixture builds in tests use their own cache so they never mix with the real content.
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  prerenderConflictBehavior: 'error',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/404') }), pagefind()],
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
