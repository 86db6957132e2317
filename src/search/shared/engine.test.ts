import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createInstantEngine } from './engine';
import { readInstantFile, writeInstantFile } from './instant-file';
import { buildInstantData, headingsOf, type InstantArticle } from '../build/instant-data';

// A small site built by the real builder (pinyin-pro at build time), searched by the real engine.
const article = (id: string, title: string, keywords: string[], body = '', description = ''): InstantArticle => ({
  id,
  section: id.split('/')[0] ?? '',
  title,
  description: description || `${title}。这里说明原因和处理办法，一步一步来。`,
  keywords,
  headings: headingsOf(body),
  body,
});

const articles = [
  article(
    'fixes/payment-failed',
    '付款失败、扫码付不了怎么办',
    ['付款失败', '付不了款', '支付不成功'],
    '## 先看网络\n\n付款前看网络。',
  ),
  article('fixes/sms-code-not-arriving', '收不到短信验证码怎么办', ['收不到验证码', '验证码没收到']),
  article('fixes/account-restricted', '账户被限制、冻结了怎么办', ['账户被冻结', '钱包被封了', '解冻']),
  article('fixes/suspected-theft', '看到陌生交易、怀疑钱包被盗怎么办', ['钱包被盗', '陌生交易', '盗刷']),
  article('prevention/fake-apps-and-scams', '假 App 和“数字人民币”骗局怎么认', ['数字人民币测试版', '假App', '诈骗']),
  article('prevention/strong-password', '怎样设置更安全的钱包密码', ['密码怎么设置', '改密码']),
  article('faq/credit-record', '钱包出问题会影响征信吗？', ['征信', '信用记录']),
  article(
    'complaints/hotline',
    '拨打95588反映问题和投诉',
    ['工行客服电话', '95588投诉', '钱包挂失'],
    '',
    '拨打 95588 投诉，说明问题，记下工单号。也可以注销钱包前问清楚。',
  ),
];
const synonyms = [
  { id: '冻结', variants: ['冻住', '封了', 'frozen'] },
  { id: '忘记密码', variants: ['forgot password'] },
  { id: '付款失败', variants: ['payment failed', '付不了'] },
  { id: '账户', variants: ['帐户', '账号'] },
];
const sections = ['causes', 'fixes', 'prevention', 'faq', 'complaints'].map((id) => ({ id, name: id }));
const { data, code, gzipBytes } = buildInstantData({
  articles,
  sections,
  synonyms,
  hot: ['fixes/payment-failed', 'fixes/suspected-theft'],
});
const engine = createInstantEngine(data);
const top = (q: string) => engine.suggest(q, 3).results.map((r) => r.id);

describe('instant layer', () => {
  it('suggests from the first characters, titles and keywords first', () => {
    expect(top('付款')[0]).toBe('fixes/payment-failed');
    expect(top('验证')[0]).toBe('fixes/sms-code-not-arriving');
    expect(top('征')[0]).toBe('faq/credit-record');
    // A character that ends its word in the title (征信's 信) is found as well as one that begins it.
    expect(top('信')).toContain('faq/credit-record');
  });

  it('forgives IME slips and variant characters', () => {
    expect(top('验正码一直收不到')[0]).toBe('fixes/sms-code-not-arriving');
    expect(top('帐户被冻洁了')[0]).toBe('fixes/account-restricted');
    expect(top('影响真信吗')[0]).toBe('faq/credit-record');
  });

  it('reads pinyin typed without conversion, with or without spaces, and initials', () => {
    expect(top('zhengxin')[0]).toBe('faq/credit-record');
    expect(top('fukuan shibai')[0]).toBe('fixes/payment-failed');
    expect(top('fukuanshibai')[0]).toBe('fixes/payment-failed');
    expect(top('yanzhengma')[0]).toBe('fixes/sms-code-not-arriving');
    expect(top('zhengx')[0]).toBe('faq/credit-record'); // while still typing
  });

  it('reads English the editors put beside the Chinese synonyms', () => {
    expect(top('payment failed')[0]).toBe('fixes/payment-failed');
    expect(top('wallet frozen')[0]).toBe('fixes/account-restricted');
    expect(engine.suggest('forgot password').analysis.rewritten).toContain('忘记密码');
  });

  it('lets the distinctive words of a long sentence decide, not the generic ones', () => {
    expect(top('我的数字钱包今天在菜市场付钱的时候一直提示付不了，工行的钱包是不是有问题')[0]).toBe(
      'fixes/payment-failed',
    );
  });

  it('steers by words of intent and puts the safety article first for urgent queries', () => {
    expect(top('怎么避免密码被猜到')[0]).toBe('prevention/strong-password');
    expect(top('被骗了怎么办')[0]).toBe('fixes/suspected-theft');
    expect(top('冒充客服的骗子')[0]).toBe('fixes/suspected-theft'); // the first safety article this small site has
  });

  it('a match in the title beats a mention in the description', () => {
    expect(top('投诉')[0]).toBe('complaints/hotline');
    expect(top('注销')).toEqual(['complaints/hotline']);
  });

  it('on a site too big for its budget, drops fields, then titles, keeping the hot questions', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      article(`faq/case-${i}`, `第${i}个案例：付款失败怎么办`, [`案例${i}`], '## 先看网络\n\n正文。'),
    );
    const small = buildInstantData({
      articles: [...articles, ...many],
      sections,
      synonyms,
      hot: ['faq/case-299'],
      budget: 6 * 1024,
    });
    expect(small.gzipBytes).toBeLessThanOrEqual(6 * 1024);
    expect(small.data.level).toBe('some-titles');
    expect(small.data.docs.length).toBeLessThan(308);
    const trimmed = createInstantEngine(small.data);
    expect(trimmed.hot().map((h) => h.id)).toEqual(['faq/case-299']);
    expect(trimmed.article('faq/case-299')?.title).toBe('第299个案例：付款失败怎么办');
  }, 60_000);

  it('ships as an ES module whose default export is the data, measured as it travels', async () => {
    const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
    expect(module.default).toEqual(data);
    expect(gzipBytes).toBe(gzipSync(code).length);
    // The data travels as a string in single quotes: quotes and backslashes in it survive.
    const tricky = { ...data, hot: ["it's", 'C:\\钱包\\', "'\\'"] };
    const again = (await import(`data:text/javascript,${encodeURIComponent(writeInstantFile(tricky))}`)) as {
      default: unknown;
    };
    expect(again.default).toEqual(tricky);
    // The build and the tools read it back with the owner's reader.
    expect(readInstantFile(writeInstantFile(tricky))).toEqual(tricky);
    expect(() => readInstantFile('export default {}')).toThrow(/not an instant file/);
  });

  it('has hot questions, finds nothing for nonsense, and fits its budget', () => {
    expect(engine.hot().map((h) => h.id)).toEqual(['fixes/payment-failed', 'fixes/suspected-theft']);
    expect(top('zzqqxx')).toEqual([]);
    expect(gzipBytes).toBeLessThan(40 * 1024);
  });
});
