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
