// Every phone number and official web address the site shows lives here, once, with its source.
// Sources are the verified fact sheet (shared/content/facts.md, section named in each comment).
// Content never types a number by hand except one listed here; `scripts/check-content.ts` and
// the build reject any other phone-like number or official-looking URL.

/** A phone line readers may call. */
export interface PhoneContact {
  kind: 'phone';
  /** Stable id used by `<Phone id>` and `<ContactCard id>` in content. */
  id: string;
  /** Who answers. */
  name: string;
  /** The number as printed. */
  display: string;
  /** The number for a `tel:` link. */
  tel: string;
  /** When to use it, one line. */
  use: string;
}

/** An official website. */
export interface SiteContact {
  kind: 'site';
  /** Stable id used by `<Site id>` and `<ContactCard id>` in content. */
  id: string;
  /** Whose site it is. */
  name: string;
  /** Host name as printed. */
  display: string;
  /** Absolute URL. */
  url: string;
  /** When to use it, one line. */
  use: string;
}

/** A number that only sends messages (a warning SMS sender): printed, never a `tel:` link. */
export interface SenderContact {
  kind: 'sender';
  /** Stable id used by `<Phone id>` in content. */
  id: string;
  /** Who sends from it. */
  name: string;
  /** The number as printed. */
  display: string;
  /** What a message from it means, one line. */
  use: string;
}

/** A contact channel. */
export type Contact = PhoneContact | SiteContact | SenderContact;

/** All verified contact channels. */
export const contacts = [
  // facts.md "ICBC official channels" (high): 95588, 24 hours, mainland China; complaints and urgent loss reports.
  {
    kind: 'phone',
    id: 'icbc-hotline',
    name: '工商银行客服热线',
    display: '95588',
    tel: '95588',
    use: '24 小时服务。挂失、冻结、投诉、咨询都可以拨打。',
  },
  // facts.md "ICBC official channels" (high): from Hong Kong +852 2189 5588.
  {
    kind: 'phone',
    id: 'icbc-hotline-hk',
    name: '工商银行客服热线（在香港拨打）',
    display: '+852 2189 5588',
    tel: '+85221895588',
    use: '人在香港时拨打这个号码。',
  },
  // facts.md "ICBC official channels" and "e-CNY wallets and operators" (medium-high, corrected in
  // the third round): published to mainland readers as "数字人民币 App 客服热线 956196", with a
  // pointer to the app's own help page, no hours, no fees. Never "+86 10 956196" on Chinese pages:
  // the site teaches that a prefix before a 95 number is a scam sign (see scamNumbers below).
  {
    kind: 'phone',
    id: 'ecny-app-service',
    name: '数字人民币 App 客服热线',
    display: '956196',
    tel: '956196',
    use: '数字人民币 App 本身的问题。号码以 App 里“帮助”页面公布的为准。',
  },
  // facts.md "Regulators, for escalation" (high): 12378, NFRA banking and insurance consumer complaints.
  {
    kind: 'phone',
    id: 'nfra-12378',
    name: '国家金融监督管理总局 银行保险消费者投诉热线',
    display: '12378',
    tel: '12378',
    use: '向银行投诉后仍未解决时使用。',
  },
  // facts.md "Regulators, for escalation" (high): 12363, PBoC, payment/settlement and credit reporting.
  {
    kind: 'phone',
    id: 'pboc-12363',
    name: '中国人民银行 金融消费权益保护咨询投诉电话',
    display: '12363',
    tel: '12363',
    use: '支付结算、征信等问题，向银行投诉后仍未解决时使用。各地接听时间不同。',
  },
  // facts.md "Fraud victims: what to do, in order" (high: MPS steps via Xinhua 2016): call 110 at
  // once; the police can request an emergency stop-payment on the fraudster's account.
  {
    kind: 'phone',
    id: 'police-110',
    name: '报警电话',
    display: '110',
    tel: '110',
    use: '被骗、钱已经转给对方时，第一时间报警。',
  },
  // facts.md "Fraud victims" (high: Xinhua 2022): 96110, the police anti-fraud warning line
  // (预警劝阻专线); it calls likely victims, answers 防骗咨询, takes clues; it does not replace 110.
  {
    kind: 'phone',
    id: 'anti-fraud-96110',
    name: '反诈预警劝阻专线',
    display: '96110',
    tel: '96110',
    use: '拿不准是不是骗局时可以咨询；它打来时请接听。报案仍打 110。',
  },
  // facts.md "Fraud victims" (high): 12381, warning SMS from the MIIT/police early-warning system.
  {
    kind: 'sender',
    id: 'sms-12381',
    name: '涉诈预警短信',
    display: '12381',
    use: '收到它发来的预警短信，说明你可能正被诈骗，请认真对待。',
  },
  // facts.md "ICBC official channels" (high): official website www.icbc.com.cn.
  {
    kind: 'site',
    id: 'icbc-website',
    name: '中国工商银行官网',
    display: 'www.icbc.com.cn',
    url: 'https://www.icbc.com.cn/',
    use: '官方公告、在线客服和意见反馈。认准 icbc.com.cn 这个域名。',
  },
  // facts.md "ICBC official channels" (high): personal internet banking on mybank.icbc.com.cn.
  {
    kind: 'site',
    id: 'icbc-mybank',
    name: '工商银行个人网上银行',
    display: 'mybank.icbc.com.cn',
    url: 'https://mybank.icbc.com.cn/',
    use: '登录个人网上银行。只从官网进入，不点短信里的链接。',
  },
  // facts.md "What 工行数字钱包 can mean" (high): official e-CNY app download at www.pbcdci.cn.
  {
    kind: 'site',
    id: 'ecny-website',
    name: '数字人民币官方网站',
    display: 'www.pbcdci.cn',
    url: 'https://www.pbcdci.cn/',
    use: '下载正版“数字人民币”App，或从官方应用商店下载。',
  },
] as const satisfies readonly Contact[];

/** Id of a verified contact. */
export type ContactId = (typeof contacts)[number]['id'];

/** The contact with this id (checked at compile time). */
export function getContact<Id extends ContactId>(id: Id): Extract<(typeof contacts)[number], { id: Id }> {
  return contacts.find((c) => c.id === id) as Extract<(typeof contacts)[number], { id: Id }>;
}

/**
 * The contact an editor named in content (`<Phone id="…">`), where the id is a plain string;
 * throws a message editors understand when there is none.
 */
export function contactFromContent(id: string): Contact {
  const found = contacts.find((c) => c.id === id);
  if (!found) {
    const ids = contacts.map((c) => c.id).join('、');
    throw new Error(`联系方式 id “${id}” 不存在。请改用 src/data/contacts.ts 里的其中一个：${ids}。`);
  }
  return found;
}

/** The bank's hotline, used by the urgent-help strip and contact blocks. */
export const hotline: PhoneContact = getContact('icbc-hotline');

// facts.md "Anti-fraud facts" (high): look-alike numbers fraudsters use. Shown as warnings,
// never as links; the content check accepts them only because they are listed here.
/** Look-alike numbers and SMS senders that are NOT the bank. */
export const scamNumbers = [
  { display: '00095588', note: '前面多了 000' },
  { display: '40095588', note: '前面多了 400' },
  { display: '+8695588', note: '前面加了 +86' },
  { display: '区号 + 95588', note: '前面加了地区区号' },
  { display: '10666695588', note: '冒充银行的短信发送号码' },
] as const;

// facts.md "Anti-fraud facts" / "Not verified" (high): numbers wrongly circulated as ICBC's.
/** Numbers wrongly claimed online to be ICBC's; content may name them only to warn. */
export const falseNumbers = ['95516', '12345678', '950011'] as const;

/** Every number content may contain, as digits only (for the content check). */
export function allowedNumberDigits(): Set<string> {
  const digits = (s: string) => s.replace(/\D/g, '');
  const out = new Set<string>();
  for (const c of contacts) if (c.kind !== 'site') out.add(digits(c.display));
  for (const s of scamNumbers) if (/\d{5,}/.test(s.display)) out.add(digits(s.display));
  for (const n of falseNumbers) out.add(n);
  return out;
}

// facts.md "ICBC official channels" (high): "the right domain is icbc.com.cn"; "What 工行数字钱包
// can mean" (high): the e-CNY app from www.pbcdci.cn. Content may name these domains (and hosts
// under them) when it teaches readers to check an address.
/** Official domains: a host is official when it is one of these or under one of them. */
export const officialDomains = ['icbc.com.cn', 'pbcdci.cn'] as const;

/** Every host name content may link to or print. */
export function allowedHosts(): Set<string> {
  const out = new Set<string>(officialDomains);
  for (const c of contacts) if (c.kind === 'site') out.add(new URL(c.url).hostname);
  return out;
}
