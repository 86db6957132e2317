// What the home page features. Ids are article ids; the home page fails the build if one is missing.

/** The most common tasks, shown as big buttons on the home page. */
export const topTasks = [
  'fixes/payment-failed',
  'fixes/account-restricted',
  'fixes/suspected-theft',
  'fixes/app-wont-open',
  'fixes/sms-code-not-arriving',
  'fixes/over-limit',
] as const;
