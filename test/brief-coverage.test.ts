// Every point of the content brief (shared/content/brief.md) mapped to the published
// article(s) that cover it, with a phrase each must contain so the mapping stays honest.
import { describe, expect, it } from 'vitest';
import { readArticles } from '../src/lib/content/disk';

const brief: { point: string; articles: string[]; phrase: string }[] = [
  // 异常原因
  { point: 'What the wallet is for and why a failure hurts', articles: ['causes/what-is-the-wallet'], phrase: '缴费' },
  { point: 'Both products called 工行数字钱包', articles: ['causes/what-is-the-wallet'], phrase: '工银e钱包' },
  { point: 'Account security: leaked data, bank restricts on its own', articles: ['causes/account-security'], phrase: '泄露' },
  { point: 'Network: needs a stable connection', articles: ['causes/network', 'fixes/network-check'], phrase: '网络' },
  { point: 'Bank maintenance or upgrades', articles: ['causes/maintenance', 'fixes/during-maintenance'], phrase: '维护' },
  { point: 'Restrictions after unusual activity (anti-fraud law, 断卡)', articles: ['causes/account-restrictions'], phrase: '断卡' },
  { point: 'Payment limits of the wallet tier', articles: ['causes/payment-limits', 'fixes/over-limit'], phrase: '四类' },
  { point: 'Outdated app version', articles: ['causes/outdated-app', 'prevention/keep-app-updated'], phrase: '更新' },
  { point: 'Looks like a fault but is not: auto top-up', articles: ['causes/not-a-fault', 'faq/auto-top-up'], phrase: '随用随充' },
  { point: 'Looks like a fault but is not: several notices', articles: ['causes/not-a-fault', 'faq/several-notices'], phrase: '通知' },
  { point: 'Looks like a fault but is not: red envelope', articles: ['causes/not-a-fault', 'faq/red-envelope'], phrase: '红包' },
  { point: 'Looks like a fault but is not: sub-wallet', articles: ['causes/not-a-fault', 'faq/sub-wallet'], phrase: '子钱包' },
  // 解决步骤
  { point: 'Fix 1: check the network, switch Wi-Fi / mobile data', articles: ['fixes/first-steps', 'fixes/network-check'], phrase: 'Wi-Fi' },
  { point: 'Fix 2: check the account, change password, unbind devices', articles: ['fixes/first-steps', 'fixes/suspected-theft'], phrase: '解绑' },
  { point: 'Fix 3: follow official announcements', articles: ['fixes/first-steps', 'fixes/during-maintenance'], phrase: '公告' },
  { point: 'Fix 4: contact customer service 95588', articles: ['fixes/first-steps', 'complaints/hotline'], phrase: 'icbc-hotline' },
  { point: 'Payment fails', articles: ['fixes/payment-failed'], phrase: '<Steps>' },
  { point: 'App will not open or log in', articles: ['fixes/app-wont-open'], phrase: '<Steps>' },
  { point: 'Account restricted or frozen', articles: ['fixes/account-restricted'], phrase: '<Steps>' },
  { point: 'Suspected theft: call 95588 first', articles: ['fixes/suspected-theft'], phrase: '<Callout type="danger"' },
  { point: 'Verification code not arriving', articles: ['fixes/sms-code-not-arriving'], phrase: '<Steps>' },
  { point: 'Over the limit', articles: ['fixes/over-limit'], phrase: '<Steps>' },
  { point: 'During maintenance', articles: ['fixes/during-maintenance'], phrase: '<Steps>' },
  // 预防措施
  { point: 'Strong password, changed regularly', articles: ['prevention/strong-password'], phrase: '定期' },
  { point: 'Two-factor / extra verification', articles: ['prevention/extra-verification'], phrase: '验证' },
  { point: 'Log in regularly and read the transaction history', articles: ['prevention/check-transactions'], phrase: '交易记录' },
  { point: 'Keep the app updated', articles: ['prevention/keep-app-updated'], phrase: '更新' },
  { point: 'Never share SMS codes; official numbers only', articles: ['prevention/official-numbers-only'], phrase: '验证码' },
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
  { point: 'Escalation to 12378 / 12363 and the order', articles: ['complaints/escalate-to-regulators'], phrase: 'pboc-12363' },
  { point: 'Closing message: causes, prevention, staying in contact', articles: ['complaints/hotline'], phrase: '保持沟通' },
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

  it('has at least 30 published articles in five sections', () => {
    const published = [...articles.values()].filter((a) => a.data?.['draft'] !== true);
    expect(published.length).toBeGreaterThanOrEqual(30);
    expect(new Set(published.map((a) => a.id.split('/')[0])).size).toBe(5);
  });
});
