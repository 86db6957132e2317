// npm run make:share-image — renders public/og.png (1200 × 630), the default share image,
// with the machine's own CJK fonts (no web fonts). Run again when the site name changes.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { site } from '../src/data/site';
import { hotline } from '../src/data/contacts';

const browser = await chromium.launch({
  ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(`<!doctype html><html lang="zh-CN"><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:80px;background:#a3111f;color:#fff;
  font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;display:flex;flex-direction:column;justify-content:space-between">
  <div style="font-size:72px;font-weight:700;line-height:1.25">${site.name}</div>
  <div style="font-size:40px;line-height:1.5">付款失败 · 账户受限 · 疑似被盗 · 投诉渠道<br>一步一步找到解决办法</div>
  <div style="font-size:32px;opacity:.9">紧急情况请拨打工商银行客服热线 ${hotline.display}</div>
</div></body></html>`);
await page.screenshot({ path: 'public/og.png' });
await browser.close();
console.log('written public/og.png');
