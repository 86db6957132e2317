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
}

/** When and by whom the limits were published. */
export const limitsSource = { when: '2021 年 6 月', by: '中国人民银行数字货币研究所负责人' } as const;

/** The published limits (一类/三类 were never confirmed and are not listed). */
export const publishedLimits: readonly TierLimits[] = [
  { tier: '四类', balance: '1 万元', payment: '2000 元', day: '5000 元' },
  { tier: '二类', balance: '50 万元', payment: '5 万元', day: '10 万元' },
];
