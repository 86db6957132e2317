// Every piece of UI text, in one flat dictionary with dotted keys (the Starlight convention).
// Components read it through `t()`; `{name}` placeholders are filled from the second argument.

import { sections } from '../../data/sections';
import { site } from '../../data/site';

type SectionId = (typeof sections)[number]['id'];

/** `sections.<id>.name` and `sections.<id>.summary` for every section, from the section data. */
function sectionTexts() {
  return Object.fromEntries(
    sections.flatMap((s) => [
      [`sections.${s.id}.name`, s.name],
      [`sections.${s.id}.summary`, s.summary],
    ]),
  ) as Record<`sections.${SectionId}.${'name' | 'summary'}`, string>;
}

/** The zh-CN UI strings. */
export const zhCN = {
  'site.name': site.name,
  'site.shortName': site.shortName,
  'site.description': site.description,
  'lang.name': '中文',
  'lang.home': '中文版首页',
  'lang.offer': '本站有中文版',

  // Section names and summaries: the Chinese ones are the section data itself (src/data/sections.ts).
  ...sectionTexts(),

  'skipLink.label': '跳到正文',
  'header.nav': '主导航',
  'header.search': '搜索',
  'theme.toggle': '深色模式',

  'elder.toggle': '长辈模式',
  'elder.call': '拨打客服\u00a0{number}',
  'elder.callPolice': '报警\u00a0{number}',
  'elder.callBank': '客服\u00a0{number}',
  'read.start': '朗读本文',
  'read.pause': '暂停朗读',
  'read.resume': '继续朗读',
  'read.stop': '停止朗读',
  'a11y.title': '无障碍说明',
  'a11y.description':
    '本站为老年人和视力、听力、操作不便的读者做了哪些设计：长辈模式、朗读、键盘操作、放大文字，以及遇到困难时怎么办。',
  'a11y.lead':
    '我们希望每一位遇到钱包问题的人都能顺利读懂这里的内容，包括年纪大的读者，以及看、听或操作有困难的读者。本站参照工业和信息化部 2021 年发布的《互联网网站适老化通用设计规范》和 WCAG 2.2 AA 设计，并在每次更新时自动检查。',
  'a11y.elder.title': '长辈模式',
  'a11y.elder.1':
    '每个页面右上角都有“长辈模式”按钮，点一下整个网站立即切换，按钮变成实心、前面打上“✓”；再点一下恢复。换页面、重新打开都会记住你的选择。',
  'a11y.elder.2': '长辈模式下字更大（正文至少 20 像素），行距更宽，文字和背景的对比更强（至少 7:1）。',
  'a11y.elder.3': '按钮和导航链接至少 60 × 60 像素，更容易点中；页面只保留一栏，去掉目录等次要内容。',
  'a11y.elder.4':
    '屏幕底部一直有“拨打客服 {number}”的按钮，一点就能打电话。讲诈骗的页面上，这个按钮分成两半：先是报警 110，再是客服 {number}。',
  'a11y.read.title': '朗读本文',
  'a11y.read.1':
    '文章和自助诊断的结果页有“朗读本文”按钮，用手机或电脑自带的中文语音朗读标题和正文，正在读的段落会标出来。',
  'a11y.read.2': '朗读时可以暂停、继续或停止。朗读在你的设备上完成，不会把文字发给任何第三方。',
  'a11y.read.3': '如果你的浏览器没有中文语音，这个按钮不会出现。',
  'a11y.everyday.title': '平时也能用到的设计',
  'a11y.everyday.1':
    '正文行距至少为字号的 1.3 倍，段落之间留有更大的空隙；文字对比度至少 4.5:1，浅色和深色主题都一样。',
  'a11y.everyday.2': '主要按钮至少 44 × 44 像素。用浏览器把文字放大到 200%，内容不会被截断。',
  'a11y.everyday.3':
    '所有功能都可以只用键盘操作：Tab 键移动，回车打开；按 / 或 Ctrl + K 打开搜索，方向键选择结果，Esc 关闭。',
  'a11y.everyday.4': '没有广告，没有弹窗，不自动播放声音或视频，不收集任何个人信息。',
  'a11y.everyday.5': '不开启 JavaScript 也能阅读所有文章、使用自助诊断和浏览全部文章列表。',
  'a11y.help.title': '遇到困难怎么办',
  'a11y.help': '如果你在使用本站时遇到困难，或者需要别人帮你处理钱包问题，可以直接拨打工商银行客服热线',

  'home.title': '钱包出问题了？先别急',
  'home.lead': '按你看到的情况找到原因和解决办法。涉及资金安全时，请直接联系银行。',
  'home.searchLabel': '搜索帮助文章',
  'home.tasksTitle': '大家最常遇到的问题',
  'home.sectionsTitle': '按主题浏览',
  'home.articleCount': '{count} 篇文章',
  'home.closing': '找到原因就能恢复正常使用；做好预防，账户更安全；和银行保持联系，问题解决得更快。',

  'urgent.title': '怀疑账户被盗或看到陌生交易？',
  'urgent.body': '先挂断可疑电话、关掉屏幕共享，再拨打客服热线挂失。',
  'urgent.call': '拨打\u00a0{number}',
  'urgent.sms': '任何人索要短信验证码都是诈骗，银行工作人员也不会要。',
  'urgent.scammed': '已经把钱转给了对方？先拨打',
  'urgent.scammedThen': '报警，再联系银行。',
  'urgent.scammedLink': '被骗了怎么办',

  'section.description': '{name}：{summary}共 {count} 篇文章，内容以工商银行官方公布的信息为准。',
  'section.empty': '这个栏目还没有文章。',

  'breadcrumbs.label': '当前位置',
  'breadcrumbs.home': '首页',

  'article.updated': '更新于',
  'article.toc': '本文目录',
  'article.prev': '上一篇',
  'article.next': '下一篇',
  'article.prevNext': '同栏目的其他文章',
  'article.related': '相关文章',
  'article.edit': '在 Git 上编辑此页',
  'article.report': '报告内容问题',
  'article.reportBody': '请说明哪里有误或不清楚。请不要填写任何个人信息（姓名、手机号、卡号、验证码等）。',
  'article.draft': '草稿：这篇文章不会发布，只在本地预览中显示。',

  'contact.title': '还没解决？',
  'contact.lead': '以下是经过核实的官方渠道。请只通过这些渠道联系银行，不要拨打搜索结果或短信里的其他号码。',
  'contact.call': '拨打',
  'contact.visit': '访问',
  'contact.never': '银行不会向你索要密码或短信验证码。',
  'contact.abroad': '（在境外拨打）',

  'route.diagnose': '用自助诊断再找一找',
  'route.diagnoseBody': '回答两三个问题，看看是不是别的原因。',
  'route.diagnoseAction': '开始自助诊断',
  'route.bank': '拨打工商银行客服',
  'route.bankBody': '全天可拨，说清出了什么情况、试过哪些办法。',
  'route.complain': '银行没解决，再投诉',
  'route.complainBody': '先向银行投诉，仍没结果再找监管部门。',
  'route.complainAction': '看投诉的顺序',
  'route.police': '钱已经转出去了，先报警',
  'route.policeBody': '立即拨打，说清转给了哪个账户、转了多少。',
  'route.bankFraud': '再打工商银行客服',
  'route.bankFraudBody': '说出过密码、验证码，或者钱少了，请银行挂失并改密码。',
  'route.complainFraudBody':
    '对银行的处理有意见时，再按投诉的顺序反映。被骗的事请交给警方，监管热线受理的是对银行的投诉。',

  'firstStep.title': '先做这一步',
  'scammed.lead': '已经把钱转给了对方？',
  'scammed.call': '先拨打 ',
  'scammed.then': ' 报警，再按',
  'scammed.link': '被骗了怎么办',
  'scammed.end': '的顺序处理。',
  'limits.lead': '{when}，{by}公开介绍过的额度：',
  'limits.row': '{tier}钱包：余额最多 {balance}，每笔最多 {payment}，每天累计最多 {day}。',
  'limits.note': '这是当时公布的数字，此后有过调整。你的钱包现在是几类、额度多少，以 App 里显示的为准。',

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
  'search.dialogTitle': '搜索帮助文章',
  'search.close': '关闭',
  'search.more': '在搜索页查看全部结果',
  'search.hint': '↑ ↓ 选择结果，Enter 打开，Esc 关闭',
  'search.keywords': '搜索词',
  'search.none': '没有找到与“{query}”相关的文章。',
  'search.noneHelp': '换个说法试试，或者从下面的栏目里找：',
  'search.fullTextUnavailable': '全文搜索暂时用不了，不是没有相关文章。',
  'search.fullTextGaveUp': '全文搜索暂时用不了：等了 {seconds} 秒没有回应，不是没有相关文章。',
  'search.queryCut': '你输入的内容太长，只搜索了前 {count} 个字。',
  'search.siteUpdated': '网站已更新，请刷新页面。',
  'search.reload': '刷新页面',
  'search.fullTextUnavailableHelp': '网络慢或出了错。上面的问题可以直接点开，也可以',
  'search.allArticlesLink': '浏览全部文章',
  'search.suggestTitle': '你可能想问',
  'search.suggestCount': '{count} 个相关问题，正在查找更多文章…',
  'search.hotTitle': '大家常问',
  'search.callHelp': '还是没找到？可以拨打工商银行客服热线',
  'search.allArticles': '全部文章',
  'search.sectionAll': '查看“{name}”的全部 {count} 篇文章',
  'search.filterLabel': '只看栏目',
  'search.filterAll': '全部栏目',
  'search.noJs': '搜索需要开启 JavaScript。你也可以直接浏览下面的全部文章。',
  'search.offSite': '没有文章讲到{words}。',
  'search.offSiteHelp': '这个问题可以直接问工商银行客服热线',
  'search.maybeTitle': '可能相关',
  // Shown on the other edition's search (an English page, a query in Chinese), in this language.
  'search.editionOffer': '在中文版搜索「{query}」',

  'diagnose.name': '自助诊断',
  'diagnose.title': '自助诊断：几步找到解决办法',
  'diagnose.description':
    '不知道钱包出了什么问题？回答几个简单的问题，自助诊断会带你找到对应的解决步骤，必要时提醒你先联系银行。',
  'diagnose.questionDescription':
    '自助诊断：{question}按你看到的情况选择，几步之内就能找到对应的解决步骤和官方联系方式。',
  'diagnose.lead': '不知道问题叫什么也没关系，按你看到的情况选就行。',
  'diagnose.step': '第 {step} 步',
  'diagnose.restart': '重新开始',
  'diagnose.back': '返回上一步',
  'diagnose.result': '诊断结果',
  'diagnose.read': '接下来请看',
  'diagnose.urgentTitle': '请先拨打 {number}',
  'diagnose.urgentBody':
    '先挂断可疑电话、关掉屏幕共享，再打这个电话让银行冻结或挂失。钱是照对方说的转出去的，先打 110 报警。',
  'diagnose.urgentTitleFirst': '请马上做这两步',
  'diagnose.urgentThenCall': '再拨打 {number}，挂失或冻结银行卡和账户。',
  'diagnose.urgentBodyPolice': '钱已经转给了对方，先报警：警方可以对骗子的账户申请紧急止付。然后再看下面的内容。',
  'diagnose.cta': '不知道是什么问题？试试自助诊断',
  'diagnose.ctaBody': '回答两三个问题，直接找到对应的解决办法。',
  'diagnose.answers': '请选择一项',

  'notices.title': '服务公告',
  'notices.description':
    '工行数字钱包相关的维护、故障和防骗提醒汇总，注明来源和有效时间。一切以工商银行官方渠道发布的公告为准。',
  'notices.current': '正在生效',
  'notices.upcoming': '即将开始',
  'notices.past': '已经结束',
  'notices.none': '本站目前没有转述中的公告。这不代表银行现在没有维护：本站不会同步工商银行的全部公告。',
  'notices.whereSite': '维护和故障的消息，请看工行官网',
  'notices.whereApp': '和中国工商银行 App 里的公告，或拨打',
  'notices.whereEnd': '问一问。',
  'notices.noneUpcoming': '目前没有即将开始的公告。',
  'notices.nonePast': '还没有已经结束的公告。',
  'notices.beijingTime': '（北京时间）',
  'notices.banner': '服务公告',
  'notices.more': '查看详情',
  'notices.source': '来源：',
  'notices.from': '开始',
  'notices.until': '结束',
  'notices.untilRemoved': '持续有效',
  'notices.official': '公告内容来自银行的官方渠道，本站只做转述。请以工商银行官网和官方 App 的最新公告为准。',
  'feed.title': '更新与公告',
  'feed.description': '工行数字钱包异常帮助中心的新文章、更新的文章和服务公告。',

  'offline.title': '现在没有网络',
  'offline.description': '手机暂时没有连上网络。已经打开过的帮助文章可以离线阅读，打电话给银行不需要上网。',
  'offline.saved': '离线阅读：这是 {date} 保存的版本，可能不是最新。',
  'offline.savedUndated': '离线阅读：这是之前保存的版本，可能不是最新。',
  'offline.savedList': '手机上已保存、可以离线阅读的文章',
  'offline.lead': '这个页面还没有保存到手机上。你打开过的文章和搜索都可以离线使用；紧急情况请直接打电话，不需要上网。',

  'notFound.title': '找不到这个页面',
  'notFound.description': '你要找的页面不存在或已经移动。可以搜索，或者从栏目里找到需要的帮助。',
  'notFound.lead': '这个地址没有内容，可能是链接写错了，或者文章已经换了位置。',

  'footer.independent': '本站是独立的帮助资料，不是中国工商银行官方网站。一切以工商银行官方渠道公布的信息为准。',
  'footer.privacy': '本站不收集任何个人信息，不使用任何跟踪或统计代码。请不要在任何网页上填写密码或验证码。',
  'footer.official': '工商银行官方客服：',
} as const;

/** A key of the UI dictionary. */
export type UIKey = keyof typeof zhCN;
