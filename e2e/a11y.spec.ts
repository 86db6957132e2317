import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './helpers';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const extra = [
  '/404.html',
  '/offline/',
  '/search/?q=' + encodeURIComponent('付款'),
  '/search/?q=zzzqqq',
  // The English edition's pages outside the sitemap and its search page with and without results.
  '/en/404/',
  '/en/offline/',
  '/en/search/?q=payment',
  '/en/search/?q=zzzqqq',
];

// Every page at 360 px light and at 1280 px dark, so each page is scanned narrow and wide, light
// and dark; the two other pairings scan one page of each kind (every page that is not an
// article, and the first article of each section in each edition): the pages of one kind share
// their components and colours, and the whole matrix over both editions took ~20 minutes.
const all = [...sitemapPaths(), ...extra];
const firstOfSection = new Set<string>();
const sample = all.filter((path) => {
  const article = /^(\/en)?\/([a-z-]+)\/[a-z0-9-]+\/$/.exec(path);
  if (!article) return true;
  const key = `${article[1] ?? ''}/${article[2] ?? ''}`;
  if (firstOfSection.has(key)) return false;
  firstOfSection.add(key);
  return true;
});
const matrix = [
  { width: 360, scheme: 'light', pages: all },
  { width: 1280, scheme: 'dark', pages: all },
  { width: 360, scheme: 'dark', pages: sample },
  { width: 1280, scheme: 'light', pages: sample },
] as const;
// The pages in chunks: each test stays short on a busy machine, and the scan grows with the site.
const chunk = 6;
for (const { width, scheme, pages } of matrix) {
  for (let from = 0; from < pages.length; from += chunk) {
    const part = pages.slice(from, from + chunk);
    test(`axe (WCAG 2.2 AA + best practice) finds nothing at ${width} px, ${scheme}: ${pages === all ? 'pages' : 'one of each kind,'} ${from + 1}–${from + part.length}`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      const failures: string[] = [];
      for (const path of part) {
        await page.goto(path);
        if (path.includes('?q='))
          await expect(page.locator('[data-search-page] [role="status"]')).not.toHaveText(/^$|正在搜索|Searching/);
        const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
        for (const v of violations)
          failures.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      }
      expect(failures).toEqual([]);
    });
  }
}

/** Presses Tab until `match` is focused (at most `max` times); fails when focus is never visible. */
async function tabTo(
  page: Page,
  match: (el: { tag: string; text: string; href: string | null; name: string | null }) => boolean,
  max = 60,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      if (!a) return null;
      const cs = getComputedStyle(a);
      return {
        tag: a.tagName,
        text: (a.textContent ?? '').trim(),
        href: a.getAttribute('href'),
        name: a.getAttribute('name'),
        visible: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2,
      };
    });
    if (!el) continue;
    expect(el.visible, `focus ring on ${el.tag} “${el.text.slice(0, 20)}”`).toBe(true);
    if (match(el)) return;
  }
  throw new Error('never reached the element by Tab');
}

test('keyboard only: home → search → article → troubleshooter, with a visible focus ring at every stop', async ({
  page,
}) => {
  await page.goto('/');
  await tabTo(page, (e) => e.tag === 'A' && e.text === '跳到正文');
  await tabTo(page, (e) => e.tag === 'INPUT' && e.name === 'q');
  await page.keyboard.type('收不到验证码');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('[data-search-page] [role="option"]').first()).toBeVisible();
  await page.getByRole('combobox', { name: '输入你遇到的问题' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fixes\/sms-code-not-arriving\/$/);
  // Back home through the header's home link, then into the troubleshooter.
  await tabTo(page, (e) => e.tag === 'A' && e.href === '/');
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.pathname === '/');
  await tabTo(page, (e) => e.href === '/diagnose/');
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.pathname === '/diagnose/');
  await tabTo(page, (e) => e.text.startsWith('付款、转账不成功'));
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.pathname === '/diagnose/payment/');
  await tabTo(page, (e) => e.text.startsWith('说不清，就是付不了'));
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.pathname === '/diagnose/payment/payment-failed/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('付款失败');
});

test('reduced motion is honoured', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/fixes/payment-failed/');
  const motion = await page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('a, button, html')) {
      const cs = getComputedStyle(el);
      if (parseFloat(cs.transitionDuration) > 0 || cs.animationName !== 'none' || cs.scrollBehavior === 'smooth')
        out.push(el.tagName);
    }
    return out;
  });
  expect(motion).toEqual([]);
});

test('text zoomed to 200 % loses nothing: no sideways scrolling, nothing cut off', async ({ page }) => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/', '/fixes/payment-failed/', '/search/', '/diagnose/', '/faq/']) {
      await page.goto(path);
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
      const clipped = await page.evaluate(
        () =>
          [...document.querySelectorAll('main h1, main p, main a')].filter((el) => {
            const cs = getComputedStyle(el);
            return el.scrollWidth > el.clientWidth + 1 && cs.overflow === 'hidden';
          }).length,
      );
      expect(clipped, path).toBe(0);
    }
  }
});
