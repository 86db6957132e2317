// The wallet limits the site states, once. Source: shared/content/facts.md "e-CNY wallet tiers"
// (high): stated by the head of the PBoC Digital Currency Institute, June 2021. Limits have
// changed since; every place that shows them says the app shows the current ones.

/** One wallet tier's published limits, as printed. */
export interface TierLimits {
  /** Tier name as readers know it. */
  tier: string;
  /** Largest balance. */
  balance: string;
  /** Largest single payment. */
  payment: string;
  /** Largest total per day. */
  day: string;
  /** The same, as the English edition prints it. */
  en: { tier: string; balance: string; payment: string; day: string };
}

/** When and by whom the limits were published. */
export const limitsSource = {
  when: '2021 年 6 月',
  by: '中国人民银行数字货币研究所负责人',
  en: { when: 'June 2021', by: 'the head of the PBoC Digital Currency Institute' },
} as const;

/** The published limits (一类/三类 were never confirmed and are not listed). */
export const publishedLimits: readonly TierLimits[] = [
  {
    tier: '四类',
    balance: '1 万元',
    payment: '2000 元',
    day: '5000 元',
    en: { tier: 'Tier 4 (anonymous)', balance: '10,000 yuan', payment: '2,000 yuan', day: '5,000 yuan' },
  },
  {
    tier: '二类',
    balance: '50 万元',
    payment: '5 万元',
    day: '10 万元',
    en: { tier: 'Tier 2', balance: '500,000 yuan', payment: '50,000 yuan', day: '100,000 yuan' },
  },
];
