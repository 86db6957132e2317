import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const pages = [
  '/',
  '/fixes/payment-failed/',
  '/search/?q=' + encodeURIComponent('付款失败'),
  '/diagnose/payment/',
  '/diagnose/theft/',
  '/diagnose/app/network/',
];

/** Switches 长辈模式 on with the header button, as a reader would. */
async function elderOn(page: Page) {
  await page.goto('/');
  const button = page.getByRole('button', { name: '长辈模式' });
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** Font size, line-height ratio and paragraph gap of the main text. */
async function textMetrics(page: Page) {
  return page.evaluate(() => {
    const p = document.querySelector<HTMLElement>('main .prose > p') ?? document.querySelector<HTMLElement>('main p');
    const cs = getComputedStyle(p ?? document.body);
    const size = parseFloat(cs.fontSize);
    const line = parseFloat(cs.lineHeight);
    return { size, ratio: line / size, gap: parseFloat(cs.marginBottom), line };
  });
}

/** Buttons and navigation links that are visible and too small. */
async function smallTargets(page: Page, min: number) {
  return page.evaluate((min) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      'button, header a, nav a, a.elder-call, main a[class*="rounded-lg"], main a[class*="min-h-"]',
    )) {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || getComputedStyle(el).visibility === 'hidden') continue;
      if (r.width < min - 0.5 || r.height < min - 0.5)
        out.push(
          `${el.tagName} “${el.textContent?.trim().slice(0, 12)}” ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return out;
  }, min);
}

test.describe('长辈模式', () => {
  // A Chinese reader's phone: an English-only browser would also see the offer of the English
  // edition at the top of the home page (e2e/english.spec.ts).
  test.use({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });

  for (const scheme of ['light', 'dark'] as const) {
    test(`large text, spacing, 60 px targets and AAA contrast on every kind of page (${scheme})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await elderOn(page);
      for (const path of pages) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-elder', 'on');
        if (path.startsWith('/search/'))
          await expect(page.locator('[data-search-page] [data-list] li').first()).toBeVisible();
        const m = await textMetrics(page);
        expect(m.size, path).toBeGreaterThanOrEqual(20);
        expect(m.ratio, path).toBeGreaterThanOrEqual(1.8);
        if (path.startsWith('/fixes/')) expect(m.gap / m.line, path).toBeGreaterThanOrEqual(1.3);
        expect(await smallTargets(page, 60), path).toEqual([]);
        // The hotline is one tap away, and secondary navigation is gone.
        await expect(page.locator('a.elder-call')).toBeVisible();
        await expect(page.locator('a.elder-call')).toHaveAttribute('href', 'tel:95588');
        await expect(page.locator('nav[data-secondary]')).toHaveCount(
          await page.locator('nav[data-secondary]').count(),
        );
        for (const nav of await page.locator('nav[data-secondary]').all()) await expect(nav).toBeHidden();
        const { violations } = await new AxeBuilder({ page })
          .withRules(['color-contrast-enhanced', 'color-contrast'])
          .analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`),
          path,
        ).toEqual([]);
      }
    });
  }

  for (const width of [390, 360]) {
    test(`a compact header: every control 60 × 60 px on one row at ${width} px, and every section in sight`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await elderOn(page);
      await page.goto('/fixes/payment-failed/');
      const header = page.locator('header');
      const controls = [
        header.getByRole('link', { name: '钱包帮助中心' }),
        header.getByRole('link', { name: '搜索' }),
        header.getByRole('button', { name: '长辈模式' }),
        header.getByRole('button', { name: '深色模式' }),
      ];
      const boxes = await Promise.all(
        controls.map(async (c) => (await c.boundingBox()) ?? { x: 0, y: -999, width: 0, height: 0 }),
      );
      for (const b of boxes) {
        expect(b.width).toBeGreaterThanOrEqual(59.5);
        expect(b.height).toBeGreaterThanOrEqual(59.5);
        expect(b.x + b.width).toBeLessThanOrEqual(width);
      }
      // One row: every control's vertical centre within a few pixels of the first one's.
      const centre = (b: { y: number; height: number }) => b.y + b.height / 2;
      for (const b of boxes) expect(Math.abs(centre(b) - centre(boxes[0] ?? b))).toBeLessThanOrEqual(3);
      // The section bar wraps (two rows of 60 px targets): controls and bar stay under 230 px.
      expect((await header.boundingBox())?.height ?? 999).toBeLessThanOrEqual(230);
      // Every section is in sight without swiping: nothing hides off the right edge.
      const bar = header.locator('nav ul');
      expect(await bar.evaluate((ul) => ul.scrollWidth <= ul.clientWidth)).toBe(true);
      for (const name of ['异常原因', '解决步骤', '预防措施', '常见问题', '投诉与反馈']) {
        const link = header.getByRole('link', { name });
        await expect(link).toBeInViewport({ ratio: 1 });
        const box = (await link.boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
        expect(box.height).toBeGreaterThanOrEqual(59.5);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
    });
  }

  test('the switch shows it is on: filled, with a tick; off again, plain', async ({ page }) => {
    await page.goto('/');
    const button = page.getByRole('button', { name: '长辈模式' });
    const look = () =>
      button.evaluate((b) => ({
        bg: getComputedStyle(b).backgroundColor,
        tick: getComputedStyle(b, '::before').content,
      }));
    const off = await look();
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    const on = await look();
    expect(on.bg).not.toBe(off.bg);
    expect(on.tick).toContain('✓');
    expect(off.tick).not.toContain('✓');
    // The tick is decoration: the button's name stays 长辈模式 (aria-pressed says it is on).
    await expect(page.getByRole('button', { name: '长辈模式', exact: true })).toBeVisible();
  });

  test('on the home page the common problems, 手机丢了 among them, start on the first screen', async ({ page }) => {
    await elderOn(page);
    await page.goto('/');
    const heading = page.getByRole('heading', { name: '大家最常遇到的问题' });
    const box = (await heading.boundingBox()) ?? { y: 9999, height: 0 };
    const bar = (await page.locator('a.elder-call').boundingBox()) ?? { y: 0 };
    // Above the fixed call bar, without scrolling.
    expect(box.y + box.height).toBeLessThanOrEqual(bar.y);
    await expect(
      page.getByRole('region', { name: '大家最常遇到的问题' }).getByRole('link', { name: /手机丢了/ }),
    ).toBeVisible();
    // The urgent box is still above it, with 110 for a reader who already paid.
    await expect(page.locator('main a[href="tel:110"]').first()).toBeInViewport();
  });

  test('on a 360 × 740 phone the common-problems list starts on the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await elderOn(page);
    await page.goto('/');
    const first = page.getByRole('region', { name: '大家最常遇到的问题' }).getByRole('listitem').first();
    const box = (await first.boundingBox()) ?? { y: Infinity };
    const bar = (await page.locator('a.elder-call').boundingBox()) ?? { y: 0 };
    // Its first item begins on the first screen without scrolling, above the fixed call bar.
    expect(box.y).toBeLessThan(740);
    expect(box.y).toBeLessThan(bar.y);
    // The urgent box above it keeps the safe order and 110; 95588 is the call bar right below.
    const urgent = page.getByRole('region', { name: /怀疑账户被盗/ });
    await expect(urgent).toContainText('先挂断可疑电话');
    await expect(urgent.locator('a[href="tel:110"]')).toBeInViewport();
    await expect(page.locator('a.elder-call[href="tel:95588"]')).toBeInViewport();
  });

  test('on a fraud page the call bar offers 110 first, then 95588', async ({ page }) => {
    await elderOn(page);
    for (const path of ['/fixes/scammed-what-now/', '/prevention/safe-account-scam/', '/fixes/suspected-theft/']) {
      await page.goto(path);
      const links = page.locator('.elder-call a');
      await expect(links).toHaveCount(2);
      await expect(links.nth(0)).toHaveAttribute('href', 'tel:110');
      await expect(links.nth(1)).toHaveAttribute('href', 'tel:95588');
      for (const link of await links.all()) {
        await expect(link).toBeVisible();
        const b = (await link.boundingBox()) ?? { width: 0, height: 0 };
        expect(b.width, path).toBeGreaterThanOrEqual(60);
        expect(b.height, path).toBeGreaterThanOrEqual(60);
      }
      const [police, bank] = await Promise.all((await links.all()).map((l) => l.boundingBox()));
      expect(police?.x ?? 999, path).toBeLessThan(bank?.x ?? 0);
    }
    // Elsewhere it stays the one bank button.
    await page.goto('/fixes/payment-failed/');
    await expect(page.locator('a.elder-call')).toHaveAttribute('href', 'tel:95588');
  });

  test('survives navigation and reload, and switches back', async ({ page }) => {
    await elderOn(page);
    await page.goto('/faq/credit-record/');
    await expect(page.locator('html')).toHaveAttribute('data-elder', 'on');
    await page.reload();
    await expect(page.getByRole('button', { name: '长辈模式' })).toHaveAttribute('aria-pressed', 'true');
    // Applied before the first paint: the attribute is there as soon as the document is parsed.
    expect(await page.evaluate(() => document.documentElement.dataset['elder'])).toBe('on');
    await page.getByRole('button', { name: '长辈模式' }).click();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-elder', 'off');
    await expect(page.locator('a.elder-call')).toBeHidden();
  });
});

test.describe('default mode', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('line height at least 1.3 and main tap targets at least 44 px', async ({ page }) => {
    for (const path of pages) {
      await page.goto(path);
      const m = await textMetrics(page);
      expect(m.ratio, path).toBeGreaterThanOrEqual(1.3);
      expect(await smallTargets(page, 44), path).toEqual([]);
    }
  });
});

test.describe('朗读本文', () => {
  test('reads the title and text in zh-CN, and stop cancels it', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      const spoken: { text: string; lang: string }[] = [];
      let cancelled = 0;
      w['__spoken'] = spoken;
      w['__cancelled'] = () => cancelled;
      class Utterance {
        text: string;
        lang = '';
        voice: unknown = null;
        rate = 1;
        onend: (() => void) | null = null;
        constructor(text: string) {
          this.text = text;
        }
      }
      w['SpeechSynthesisUtterance'] = Utterance;
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          paused: false,
          getVoices: () => [{ lang: 'zh-CN', name: '中文' }],
          speak: (u: Utterance) => {
            spoken.push({ text: u.text, lang: u.lang });
            setTimeout(() => u.onend?.(), 400);
          },
          cancel: () => void cancelled++,
          pause(this: { paused: boolean }) {
            this.paused = true;
          },
          resume(this: { paused: boolean }) {
            this.paused = false;
          },
        },
      });
    });
    await page.goto('/fixes/payment-failed/');
    const read = page.getByRole('button', { name: '朗读本文' });
    await read.click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.length))
      .toBeGreaterThan(2);
    const spoken = await page.evaluate(
      () => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken,
    );
    expect(spoken[0]).toEqual({ text: '付款失败、扫码付不了怎么办', lang: 'zh-CN' });
    expect(spoken.every((s) => s.lang === 'zh-CN')).toBe(true);
    await expect(page.locator('.reading')).toHaveCount(1);
    await page.getByRole('button', { name: '暂停朗读' }).click();
    await expect(page.getByRole('button', { name: '继续朗读' })).toBeVisible();
    const before = await page.evaluate(() => (window as unknown as { __cancelled: () => number }).__cancelled());
    await page.getByRole('button', { name: '停止朗读' }).click();
    expect(
      await page.evaluate(() => (window as unknown as { __cancelled: () => number }).__cancelled()),
    ).toBeGreaterThan(before);
    await expect(page.locator('.reading')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '朗读本文' })).toBeVisible();
  });

  test('is absent where the browser cannot speak', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined });
    });
    await page.goto('/fixes/payment-failed/');
    await expect(page.locator('[data-read-aloud]')).toBeHidden();
    await page.goto('/diagnose/theft/');
    await expect(page.locator('[data-read-aloud]')).toBeHidden();
  });
});

/** Top-level CSS rules (and at-rules) whose text mentions `needle`. */
function rulesWith(css: string, needle: string): string {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      const rule = css.slice(start, i + 1);
      if (rule.includes(needle)) out.push(rule);
      start = i + 1;
    }
  }
  return out.join('');
}

test('长辈模式 costs at most 2 KB of CSS and read-aloud at most 1.5 KB of JavaScript (gzip)', () => {
  const cssFile = readdirSync('dist/_astro').find((f) => f.endsWith('.css'));
  const css = readFileSync(`dist/_astro/${cssFile}`, 'utf8');
  const elder = rulesWith(css, 'data-elder') + rulesWith(css, 'elder-call');
  expect(elder.length).toBeGreaterThan(500);
  expect(gzipSync(elder).length).toBeLessThanOrEqual(2048);
  expect(gzipSync(readFileSync('dist/read-aloud.js')).length).toBeLessThanOrEqual(1536);
});
