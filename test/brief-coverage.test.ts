// Every point of the content brief (shared/content/brief.md) mapped to the published
// article(s) that cover it, with a phrase each must contain so the mapping stays honest.
import { describe, expect, it } from 'vitest';
import { readArticles } from '../src/lib/content/disk';

const brief: { point: string; articles: string[]; phrase: string }[] = [
  // 异常原因
  { point: 'What the wallet is for and why a failure hurts', articles: ['causes/what-is-the-wallet'], phrase: '缴费' },
  { point: 'Both products called 工行数字钱包', articles: ['causes/what-is-the-wallet'], phrase: '工银e钱包' },
  {
    point: 'Account security: leaked data, bank restricts on its own',
    articles: ['causes/account-security'],
    phrase: '泄露',
  },
  { point: 'Network: needs a stable connection', articles: ['causes/network', 'fixes/network-check'], phrase: '网络' },
  {
    point: 'Bank maintenance or upgrades',
    articles: ['causes/maintenance', 'fixes/during-maintenance'],
    phrase: '维护',
  },
  {
    point: 'Restrictions after unusual activity (anti-fraud law, 断卡)',
    articles: ['causes/account-restrictions'],
    phrase: '断卡',
  },
  {
    point: 'Payment limits of the wallet tier',
    articles: ['causes/payment-limits', 'fixes/over-limit'],
    phrase: '四类',
  },
  { point: 'Outdated app version', articles: ['causes/outdated-app', 'prevention/keep-app-updated'], phrase: '更新' },
  {
    point: 'Looks like a fault but is not: auto top-up',
    articles: ['causes/not-a-fault', 'faq/auto-top-up'],
    phrase: '随用随充',
  },
  {
    point: 'Looks like a fault but is not: several notices',
    articles: ['causes/not-a-fault', 'faq/several-notices'],
    phrase: '通知',
  },
  {
    point: 'Looks like a fault but is not: red envelope',
    articles: ['causes/not-a-fault', 'faq/red-envelope'],
    phrase: '红包',
  },
  {
    point: 'Looks like a fault but is not: sub-wallet',
    articles: ['causes/not-a-fault', 'faq/sub-wallet'],
    phrase: '子钱包',
  },
  // 解决步骤
  {
    point: 'Fix 1: check the network, switch Wi-Fi / mobile data',
    articles: ['fixes/first-steps', 'fixes/network-check'],
    phrase: 'Wi-Fi',
  },
  {
    point: 'Fix 2: check the account, change password, unbind devices',
    articles: ['fixes/first-steps', 'fixes/suspected-theft'],
    phrase: '解绑',
  },
  {
    point: 'Fix 3: follow official announcements',
    articles: ['fixes/first-steps', 'fixes/during-maintenance'],
    phrase: '公告',
  },
  {
    point: 'Fix 4: contact customer service 95588',
    articles: ['fixes/first-steps', 'complaints/hotline'],
    phrase: 'icbc-hotline',
  },
  { point: 'Payment fails', articles: ['fixes/payment-failed'], phrase: '<Steps>' },
  { point: 'App will not open or log in', articles: ['fixes/app-wont-open'], phrase: '<Steps>' },
  { point: 'Account restricted or frozen', articles: ['fixes/account-restricted'], phrase: '<Steps>' },
  {
    point: 'Suspected theft: hang up and stop screen sharing before any call, then 110 or 95588',
    articles: ['fixes/suspected-theft'],
    phrase: '<FirstStep>\n先挂断可疑电话，关掉[屏幕共享]',
  },
  { point: 'Verification code not arriving', articles: ['fixes/sms-code-not-arriving'], phrase: '<Steps>' },
  { point: 'Over the limit', articles: ['fixes/over-limit'], phrase: '<Steps>' },
  { point: 'During maintenance', articles: ['fixes/during-maintenance'], phrase: '<Steps>' },
  // 预防措施
  { point: 'Strong password, changed regularly', articles: ['prevention/strong-password'], phrase: '定期' },
  { point: 'Two-factor / extra verification', articles: ['prevention/extra-verification'], phrase: '验证' },
  {
    point: 'Log in regularly and read the transaction history',
    articles: ['prevention/check-transactions'],
    phrase: '交易记录',
  },
  { point: 'Keep the app updated', articles: ['prevention/keep-app-updated'], phrase: '更新' },
  {
    point: 'Never share SMS codes; official numbers only',
    articles: ['prevention/official-numbers-only'],
    phrase: '验证码',
  },
  { point: 'Look-alike numbers', articles: ['prevention/official-numbers-only'], phrase: '<ScamNumbers />' },
  { point: 'Fake apps and e-CNY scams', articles: ['prevention/fake-apps-and-scams'], phrase: '测试版' },
  // 常见问题
  { point: 'FAQ: protect the account during an anomaly', articles: ['faq/protect-account'], phrase: '忘记密码' },
  { point: 'FAQ: effect on the credit record', articles: ['faq/credit-record'], phrase: '征信' },
  { point: 'FAQ: works with other payment methods', articles: ['faq/other-payment-methods'], phrase: '银行卡' },
  { point: 'FAQ: several notices for one payment', articles: ['faq/several-notices'], phrase: '短信' },
  { point: 'FAQ: money left the bank card (auto top-up)', articles: ['faq/auto-top-up'], phrase: '银行卡扣款开关' },
  { point: 'FAQ: expired red envelope', articles: ['faq/red-envelope'], phrase: '过期' },
  { point: 'FAQ: is this app / caller / message real', articles: ['faq/is-it-genuine'], phrase: '官方' },
  { point: 'FAQ: "认证过期" message', articles: ['faq/auth-expired-message'], phrase: '认证过期' },
  // 投诉与反馈
  { point: 'Hotline', articles: ['complaints/hotline'], phrase: 'icbc-hotline' },
  { point: 'Website: online service and feedback', articles: ['complaints/website'], phrase: 'icbc-website' },
  { point: 'Verified social-media accounts, unnamed', articles: ['complaints/social-media'], phrase: '认证' },
  { point: 'What to prepare before calling', articles: ['complaints/prepare-before-calling'], phrase: '准备' },
  {
    point: 'Escalation to 12378 / 12363 and the order',
    articles: ['complaints/escalate-to-regulators'],
    phrase: 'pboc-12363',
  },
  {
    point: 'Closing message: causes, prevention, staying in contact',
    articles: ['complaints/hotline'],
    phrase: '保持沟通',
  },
  // 第二轮（brief.md "Second round"）
  { point: 'Scammed: stop and cut contact first', articles: ['fixes/scammed-what-now'], phrase: '关掉[屏幕共享]' },
  { point: 'Scammed: note the receiving account', articles: ['fixes/scammed-what-now'], phrase: '记下收款账户' },
  { point: 'Scammed: call 110', articles: ['fixes/scammed-what-now'], phrase: '<Phone id="police-110" />' },
  {
    point: 'Scammed: keep every piece of evidence, uninstall only after screenshots',
    articles: ['fixes/scammed-what-now'],
    phrase: '先截图',
  },
  { point: 'Scammed: 95588 to 挂失 and change passwords', articles: ['fixes/scammed-what-now'], phrase: '挂失' },
  {
    point: 'Scammed: 96110 and 12381 explained',
    articles: ['fixes/scammed-what-now', 'faq/anti-fraud-warnings'],
    phrase: '<Phone id="sms-12381" />',
  },
  {
    point: 'Scammed: regulators are not for fraud losses',
    articles: ['fixes/scammed-what-now'],
    phrase: '不负责追回被骗的钱',
  },
  {
    point: 'The 安全账户 scam named',
    articles: ['fixes/scammed-what-now', 'prevention/safe-account-scam'],
    phrase: '安全账户',
  },
  { point: 'There is no 安全账户', articles: ['prevention/safe-account-scam'], phrase: '世上没有“安全账户”' },
  {
    point: 'A 96110 call / a 12381 SMS: what they are',
    articles: ['faq/anti-fraud-warnings'],
    phrase: '预警劝阻专线',
  },
  { point: '国家反诈中心 App', articles: ['faq/anti-fraud-warnings'], phrase: '国家反诈中心 App' },
  { point: 'Lost phone: carrier first', articles: ['fixes/lost-phone'], phrase: '停掉手机卡' },
  { point: 'Lost phone: then 95588', articles: ['fixes/lost-phone'], phrase: '打 95588 挂失' },
  { point: 'Lost phone: passwords from another device', articles: ['fixes/lost-phone'], phrase: '在别的设备上改密码' },
  { point: 'Lost phone: 挂失 in the e-CNY app, no click path', articles: ['fixes/lost-phone'], phrase: '挂失和解挂' },
  { point: 'Which bank runs my wallet: operators', articles: ['faq/which-bank-runs-my-wallet'], phrase: '运营机构' },
  {
    point: 'Which bank: several wallets per person',
    articles: ['faq/which-bank-runs-my-wallet'],
    phrase: '一个人可以有好几个钱包',
  },
  {
    point: 'Which bank: 95588 only for wallets ICBC runs',
    articles: ['faq/which-bank-runs-my-wallet'],
    phrase: '95588 管不了别家银行开的钱包',
  },
  {
    point: 'Exchange back, close, change number: free',
    articles: ['faq/exchange-close-change-number'],
    phrase: '都是免费的',
  },
  {
    point: 'Exchange back, close, change number: in the app or through the operator',
    articles: ['faq/exchange-close-change-number'],
    phrase: '按 App 内指引操作',
  },
  {
    point: 'The two ICBC apps: the e-CNY wallet is one function of the ICBC app',
    articles: ['faq/two-icbc-apps'],
    phrase: '数字人民币钱包可以在它里面开通和使用',
  },
  { point: '工银e生活 is not the e-CNY wallet', articles: ['faq/two-icbc-apps'], phrase: '它和数字人民币钱包是两回事' },
];

const articles = new Map(readArticles().map((a) => [a.id, a]));

describe('the content brief is covered by published articles', () => {
  it.each(brief)('$point', ({ articles: ids, phrase }) => {
    for (const id of ids) {
      const a = articles.get(id);
      expect(a, `${id} is missing`).toBeDefined();
      expect(a?.data?.['draft'] ?? false, `${id} is a draft`).toBe(false);
    }
    expect(
      ids.some((id) => articles.get(id)?.body.includes(phrase)),
      `none of ${ids.join(', ')} contains “${phrase}”`,
    ).toBe(true);
  });

  it('sends readers of every fraud page to 110 before anything else in its closing route', () => {
    const fraud = [...articles.values()].filter((a) => a.data?.['fraud'] === true).map((a) => a.id);
    expect(fraud).toEqual(
      expect.arrayContaining([
        'fixes/scammed-what-now',
        'prevention/safe-account-scam',
        'faq/anti-fraud-warnings',
        'prevention/fake-apps-and-scams',
      ]),
    );
    // No fraud page sends a victim to the regulators for the lost money, and none deletes first.
    for (const id of fraud) {
      const body = articles.get(id)?.body ?? '';
      expect(body, id).toContain('police-110');
      expect(body, id).not.toMatch(/直接删除|删掉可疑/);
    }
  });

  it('sends a reader who already paid a scammer to 110 from every page that warns of a scam', () => {
    // 诈骗 in the name of the anti-fraud law is not a warning; every other mention is.
    const warns = /骗局|骗子|行骗|诈骗(?!法)/;
    const routes = /police-110|<IfScammed \/>|\/fixes\/scammed-what-now\//;
    const missing = [...articles.values()].filter((a) => warns.test(a.body) && !routes.test(a.body)).map((a) => a.id);
    expect(missing).toEqual([]);
  });

  it('has at least 30 published articles in five sections', () => {
    const published = [...articles.values()].filter((a) => a.data?.['draft'] !== true);
    expect(published.length).toBeGreaterThanOrEqual(30);
    expect(new Set(published.map((a) => a.id.split('/')[0])).size).toBe(5);
  });
});
