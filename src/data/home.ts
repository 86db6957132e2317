// What the home page features. Ids are article ids; the home page fails the build if one is missing.

/** The most common tasks, shown as big buttons on the home page. */
export const topTasks = [
  'fixes/payment-failed',
  'fixes/suspected-theft',
  'fixes/lost-phone',
  'fixes/sms-code-not-arriving',
  'fixes/account-restricted',
  'fixes/app-wont-open',
  'fixes/over-limit',
] as const;

/** Where the urgent box sends a reader who already paid a scammer (110 first, then the bank). */
export const fraudLossArticle = 'fixes/scammed-what-now';

/** The English edition's home: the problems visitors meet most (ids of English articles). */
export const englishHome = {
  topTasks: [
    'fixes/payment-failed',
    'causes/payment-limits',
    'fixes/app-wont-open',
    'fixes/sms-code-not-arriving',
    'fixes/account-restricted',
    'fixes/lost-phone',
    'complaints/whom-to-call',
  ],
  fraudLossArticle: 'fixes/scammed-what-now',
} as const;

/** What an edition's home page features. */
export function homeOf(lang: 'zh-CN' | 'en'): { topTasks: readonly string[]; fraudLossArticle: string } {
  return lang === 'en' ? englishHome : { topTasks, fraudLossArticle };
}
