// Site identity. The repository URL feeds "edit this page" and "report a problem" links.

/** Facts about this site (not about the bank). */
export const site = {
  /** Site name, used in titles and the header. */
  name: '工行数字钱包异常帮助中心',
  /** Short name for narrow screens. */
  shortName: '钱包帮助中心',
  /** Default meta description. */
  description:
    '工行数字钱包付款失败、打不开、被限制或疑似被盗时怎么办：原因、分步解决方法、预防措施、常见问题和官方投诉渠道。',
  /** Language of every page. */
  lang: 'zh-CN',
  /** Public git repository, or empty when none is configured (edit links are then hidden). */
  repository: process.env['REPOSITORY_URL'] ?? '',
  /** Branch that edit links point to. */
  branch: 'main',
} as const;
