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
  /** The English edition's name and use. */
  en: EnglishText;
  /** Shown only in this edition (a from-abroad form the Chinese pages must never show). */
  only?: 'en';
}

/** A contact's name and use line for the English edition. */
export interface EnglishText {
  /** Who answers, in English. */
  name: string;
  /** When to use it, one line, in English. */
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
  /** The English edition's name and use. */
  en: EnglishText;
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
  /** The English edition's name and use. */
  en: EnglishText;
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
    en: {
      name: 'ICBC customer-service hotline',
      use: '24 hours, from a phone in the mainland. Report a loss, freeze an account, complain or ask.',
    },
  },
  // facts.md "ICBC official channels" (high): from Hong Kong +852 2189 5588.
  {
    kind: 'phone',
    id: 'icbc-hotline-hk',
    name: '工商银行客服热线（在香港拨打）',
    display: '+852 2189 5588',
    tel: '+85221895588',
    use: '人在香港时拨打这个号码。',
    en: { name: 'ICBC customer-service hotline (from Hong Kong)', use: 'Call this number when you are in Hong Kong.' },
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
    en: {
      name: 'e-CNY app service line',
      use: 'Problems with the e-CNY app itself. The app’s “Help” page shows the current number.',
    },
  },
  // facts.md "ICBC official channels" (medium): "+86 10 956196" is how sources outside the mainland
  // write the e-CNY app line for callers from abroad. English pages only, labelled so; the Chinese
  // pages never show it (a prefix before a 95 number is a scam sign there: scamNumbers, and the
  // content check rejects it in Chinese files).
  {
    kind: 'phone',
    id: 'ecny-app-service-abroad',
    name: '数字人民币 App 客服热线（境外拨打）',
    display: '+86 10 956196',
    tel: '+8610956196',
    use: '仅英文版使用。',
    en: {
      name: 'e-CNY app service line, from outside the mainland',
      use: 'The same line as 956196, dialled from a phone outside the mainland. The app’s “Help” page shows the current number.',
    },
    only: 'en',
  },
  // facts.md "Regulators, for escalation" (high): 12378, NFRA banking and insurance consumer complaints.
  {
    kind: 'phone',
    id: 'nfra-12378',
    name: '国家金融监督管理总局 银行保险消费者投诉热线',
    display: '12378',
    tel: '12378',
    use: '向银行投诉后仍未解决时使用。',
    en: {
      name: 'NFRA banking and insurance consumer complaint line',
      use: 'When a complaint to the bank has not solved the problem.',
    },
  },
  // facts.md "Regulators, for escalation" (high): 12363, PBoC, payment/settlement and credit reporting.
  {
    kind: 'phone',
    id: 'pboc-12363',
    name: '中国人民银行 金融消费权益保护咨询投诉电话',
    display: '12363',
    tel: '12363',
    use: '支付结算、征信等问题，向银行投诉后仍未解决时使用。各地接听时间不同。',
    en: {
      name: 'People’s Bank of China financial consumer line',
      use: 'Payments, credit records and similar matters, after complaining to the bank. Hours vary by region.',
    },
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
    en: { name: 'Police', use: 'Scammed and money already sent: call the police at once.' },
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
    en: {
      name: 'Police anti-fraud warning line',
      use: 'Ask when you are unsure whether something is a scam; answer when it calls you. To report a scam, still call 110.',
    },
  },
  // facts.md "Fraud victims" (high): 12381, warning SMS from the MIIT/police early-warning system.
  {
    kind: 'sender',
    id: 'sms-12381',
    name: '涉诈预警短信',
    display: '12381',
    use: '收到它发来的预警短信，说明你可能正被诈骗，请认真对待。',
    en: {
      name: 'Scam-warning SMS sender',
      use: 'A warning message from it means you may be the target of a scam right now. Take it seriously.',
    },
  },
  // facts.md "ICBC official channels" (high): official website www.icbc.com.cn.
  {
    kind: 'site',
    id: 'icbc-website',
    name: '中国工商银行官网',
    display: 'www.icbc.com.cn',
    url: 'https://www.icbc.com.cn/',
    use: '官方公告、在线客服和意见反馈。认准 icbc.com.cn 这个域名。',
    en: {
      name: 'ICBC official website',
      use: 'Official notices, online service and feedback. Check the domain is icbc.com.cn.',
    },
  },
  // facts.md "ICBC official channels" (high): personal internet banking on mybank.icbc.com.cn.
  {
    kind: 'site',
    id: 'icbc-mybank',
    name: '工商银行个人网上银行',
    display: 'mybank.icbc.com.cn',
    url: 'https://mybank.icbc.com.cn/',
    use: '登录个人网上银行。只从官网进入，不点短信里的链接。',
    en: {
      name: 'ICBC personal internet banking',
      use: 'Log in to internet banking. Go there only from the official website, never from a link in a message.',
    },
  },
  // facts.md "What 工行数字钱包 can mean" (high): official e-CNY app download at www.pbcdci.cn.
  {
    kind: 'site',
    id: 'ecny-website',
    name: '数字人民币官方网站',
    display: 'www.pbcdci.cn',
    url: 'https://www.pbcdci.cn/',
    use: '下载正版“数字人民币”App，或从官方应用商店下载。',
    en: { name: 'Official e-CNY website', use: 'Download the genuine e-CNY app here or from an official app store.' },
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
 * throws a message editors understand when there is none, or when it belongs to the other
 * edition only (the from-abroad form never shows on a Chinese page).
 */
export function contactFromContent(id: string, lang: 'zh-CN' | 'en' = 'zh-CN'): Contact {
  const found: Contact | undefined = contacts.find((c) => c.id === id);
  if (!found) {
    const ids = contacts.map((c) => c.id).join(lang === 'en' ? ', ' : '、');
    throw new Error(
      lang === 'en'
        ? `There is no contact id "${id}". Use one of src/data/contacts.ts: ${ids}.`
        : `联系方式 id “${id}” 不存在。请改用 src/data/contacts.ts 里的其中一个：${ids}。`,
    );
  }
  if (found.kind === 'phone' && found.only && found.only !== lang) {
    throw new Error(
      `联系方式 “${id}” 只用于英文版，中文页面不能显示（号码前加前缀是本站教读者识别的诈骗特征）。请改用 <Phone id="ecny-app-service" />。`,
    );
  }
  return found;
}

/** A contact's name and use line in the page's language. */
export function contactText(contact: Contact, lang: 'zh-CN' | 'en'): EnglishText {
  return lang === 'en' ? contact.en : { name: contact.name, use: contact.use };
}

/** The bank's hotline, used by the urgent-help strip and contact blocks. */
export const hotline: PhoneContact = getContact('icbc-hotline');

// facts.md "Anti-fraud facts" (high): look-alike numbers fraudsters use. Shown as warnings,
// never as links; the content check accepts them only because they are listed here.
/** Look-alike numbers and SMS senders that are NOT the bank. */
export const scamNumbers = [
  { display: '00095588', note: '前面多了 000', en: { display: '00095588', note: '000 added in front' } },
  { display: '40095588', note: '前面多了 400', en: { display: '40095588', note: '400 added in front' } },
  { display: '+8695588', note: '前面加了 +86', en: { display: '+8695588', note: '+86 added in front' } },
  {
    display: '区号 + 95588',
    note: '前面加了地区区号',
    en: { display: 'area code + 95588', note: 'an area code added in front' },
  },
  {
    display: '10666695588',
    note: '冒充银行的短信发送号码',
    en: { display: '10666695588', note: 'an SMS sender pretending to be the bank' },
  },
] as const;

// facts.md "Anti-fraud facts" / "Not verified" (high): numbers wrongly circulated as ICBC's.
/** Numbers wrongly claimed online to be ICBC's; content may name them only to warn. */
export const falseNumbers = ['95516', '12345678', '950011'] as const;

/**
 * Every number content of an edition may contain, as digits only (for the content check): the
 * from-abroad form of the e-CNY line only in English files.
 */
export function allowedNumberDigits(lang: 'zh-CN' | 'en' = 'zh-CN'): Set<string> {
  const digits = (s: string) => s.replace(/\D/g, '');
  const out = new Set<string>();
  for (const c of contacts as readonly Contact[]) {
    if (c.kind === 'site' || (c.kind === 'phone' && c.only && c.only !== lang)) continue;
    out.add(digits(c.display));
  }
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
