// Every piece of UI text, in one flat dictionary with dotted keys (the Starlight convention).
// Components read it through `t()`; `{name}` placeholders are filled from the second argument.

/** The zh-CN UI strings. */
export const zhCN = {
  'skipLink.label': '跳到正文',
  'header.homeLabel': '返回首页',
  'header.nav': '主导航',
  'header.search': '搜索',
  'theme.toggle': '深色模式',
  'theme.toLight': '切换到浅色模式',
  'theme.toDark': '切换到深色模式',

  'home.title': '钱包出问题了？先别急',
  'home.lead': '按你看到的情况找到原因和解决办法。涉及资金安全时，请直接联系银行。',
  'home.searchLabel': '搜索帮助文章',
  'home.searchPlaceholder': '例如：付款失败、账户被冻结、收不到验证码',
  'home.searchButton': '搜索',
  'home.tasksTitle': '大家最常遇到的问题',
  'home.sectionsTitle': '按主题浏览',
  'home.articleCount': '{count} 篇文章',
  'home.closing':
    '找到原因就能恢复正常使用；做好预防，账户更安全；和银行保持联系，问题解决得更快。',

  'urgent.title': '怀疑账户被盗或看到陌生交易？',
  'urgent.body': '立即拨打工商银行客服热线，要求冻结或挂失。',
  'urgent.call': '拨打 {number}',
  'urgent.sms': '任何人索要短信验证码都是诈骗，银行工作人员也不会要。',

  'section.articles': '本栏目文章',
  'section.empty': '这个栏目还没有文章。',

  'breadcrumbs.label': '当前位置',
  'breadcrumbs.home': '首页',

  'article.updated': '更新于',
  'article.toc': '本文目录',
  'article.prev': '上一篇',
  'article.next': '下一篇',
  'article.prevNext': '同栏目的其他文章',
  'article.related': '相关文章',
  'article.draft': '草稿：这篇文章不会发布，只在本地预览中显示。',

  'contact.title': '还没解决？',
  'contact.lead': '以下是经过核实的官方渠道。请只通过这些渠道联系银行，不要拨打搜索结果或短信里的其他号码。',
  'contact.call': '拨打',
  'contact.visit': '访问',
  'contact.never': '银行不会向你索要密码或短信验证码。',

  'callout.tip': '提示',
  'callout.warning': '注意',
  'callout.danger': '警告',
  'scamNumbers.title': '这些不是工商银行的号码',
  'wrongNumbers.title': '网上流传、但不是工商银行客服的号码',
  'scamNumbers.lead': '看到下面这类号码来电或发短信，不要接听回复，也不要回拨：',

  'search.title': '搜索',
  'search.description': '搜索工行数字钱包帮助中心的全部文章：付款失败、账户被限制、疑似被盗、收不到验证码等。',
  'search.label': '输入你遇到的问题',
  'search.placeholder': '例如：付款失败、账号被冻结',
  'search.button': '搜索',
  'search.loading': '正在搜索…',
  'search.count': '找到 {count} 篇相关文章',
  'search.countPartial': '没有完全符合的结果，下面 {count} 篇文章包含你搜的部分词语',
  'search.dialogTitle': '搜索帮助文章',
  'search.close': '关闭搜索',
  'search.more': '在搜索页查看全部结果',
  'search.hint': '↑ ↓ 选择结果，Enter 打开，Esc 关闭',
  'search.keywords': '搜索词',
  'search.none': '没有找到与“{query}”相关的文章。',
  'search.noneHelp': '换个说法试试，或者从下面的栏目里找：',
  'search.unavailable': '搜索暂时无法使用。你可以直接浏览下面的全部文章。',
  'search.allArticles': '全部文章',
  'search.filterLabel': '只看栏目',
  'search.filterAll': '全部栏目',
  'search.noJs': '搜索需要开启 JavaScript。你也可以直接浏览下面的全部文章。',

  'diagnose.name': '自助诊断',
  'diagnose.title': '自助诊断：几步找到解决办法',
  'diagnose.description': '不知道钱包出了什么问题？回答几个简单的问题，自助诊断会带你找到对应的解决步骤，必要时提醒你先联系银行。',
  'diagnose.lead': '不知道问题叫什么也没关系，按你看到的情况选就行。',
  'diagnose.step': '第 {step} 步',
  'diagnose.restart': '重新开始',
  'diagnose.result': '诊断结果',
  'diagnose.read': '接下来请看',
  'diagnose.urgentTitle': '请先拨打 {number}',
  'diagnose.urgentBody': '涉及资金安全，先打电话让银行冻结或核实，再看下面的内容。',
  'diagnose.cta': '不知道是什么问题？试试自助诊断',
  'diagnose.ctaBody': '回答两三个问题，直接找到对应的解决办法。',
  'diagnose.answers': '请选择一项',

  'notFound.title': '找不到这个页面',
  'notFound.description': '你要找的页面不存在或已经移动。可以搜索，或者从栏目里找到需要的帮助。',
  'notFound.lead': '这个地址没有内容，可能是链接写错了，或者文章已经换了位置。',

  'footer.independent':
    '本站是独立的帮助资料，不是中国工商银行官方网站。一切以工商银行官方渠道公布的信息为准。',
  'footer.privacy': '本站不收集任何个人信息，不使用任何跟踪或统计代码。请不要在任何网页上填写密码或验证码。',
  'footer.official': '工商银行官方客服：',
} as const;

/** A key of the UI dictionary. */
export type UIKey = keyof typeof zhCN;
