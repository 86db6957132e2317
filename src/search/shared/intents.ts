// How the search reads a query's intent (issue 13): which words count little, which words
// steer a section, and which words mean the reader may be in danger right now. The build checks
// that every article id here is published (src/search/build/content.ts).

/** Words that say little about what the reader needs: almost every article has them. */
export const genericWords: readonly string[] = [
  '钱包',
  '数字钱包',
  '工行',
  '工商银行',
  '银行',
  '数字人民币',
  '人民币',
  '数字',
  '用不了',
  '不能用',
  '提示',
  '显示',
  '一直',
  '问题',
  '手机',
  'app',
  '怎么',
  '出现',
  '异常',
  '办法',
  '东西',
  '今天',
  '现在',
  '刚才',
  '突然',
  '还是',
];

/**
 * Words that say nothing about the topic (issue 23): question words and the like. They never
 * make a result on their own, are not asked of the full-text engine, and never count as a
 * distinctive word of the query.
 */
export const emptyWords: readonly string[] = [
  '多少',
  '怎么',
  '怎样',
  '如何',
  '是不是',
  '可以',
  '可不可以',
  '什么',
  '什么时候',
  '有没有',
  '能不能',
  '会不会',
  '要不要',
  '哪个',
  '哪些',
  '哪里',
  '哪儿',
  '哪家',
  '为什么',
  '是否',
  '多久',
  '干嘛',
  '干什么',
  '需要',
  '一下',
];

/**
 * Words of the story around a question, never its topic: joining words, times, feelings. With
 * words holding a function character or a numeral (我把, 看了, 两千), they are never named as
 * what the site does not cover.
 */
export const storyWords: readonly string[] = [
  '但是',
  '可是',
  '不过',
  '而且',
  '然后',
  '因为',
  '所以',
  '如果',
  '虽然',
  '或者',
  '还是',
  '已经',
  '之前',
  '之后',
  '以后',
  '以前',
  '昨天',
  '今天',
  '明天',
  '前天',
  '上午',
  '下午',
  '晚上',
  '早上',
  '中午',
  '半夜',
  '凌晨',
  '星期',
  '礼拜',
  '刚才',
  '刚刚',
  '马上',
  '现在',
  '根本',
  '到底',
  '直接',
  '其实',
  '好像',
  '感觉',
  '觉得',
  '知道',
  '有点',
  '东西',
  '事情',
  '问题',
  '自己',
  '别人',
  '家人',
  '老人',
  '孩子',
  '醒来',
  '怪怪',
  '急急',
];

/** Characters of grammar, not of a topic: a word holding one is never named as missing. */
export const functionChars =
  '我你他她它们的了着吗呢吧啊呀把被给让都也还就又在是没不要能得地这那些么很太再才只说里上下过和该哪啥先做完来去发帮打带';

/** Words of intent that steer the ranking towards sections (section ids and a factor). */
export const sectionCues: readonly { cues: readonly string[]; sections: readonly string[]; boost: number }[] = [
  {
    cues: ['防止', '预防', '避免', '防范', '怎么防', '提防', '以防', '安全吗', '怎么设'],
    sections: ['prevention'],
    boost: 1.6,
  },
  {
    cues: ['投诉', '举报', '不处理', '没解决', '不解决', '维权', '反映', '找谁', '监管'],
    sections: ['complaints'],
    boost: 1.6,
  },
  {
    cues: ['是什么', '为什么', '原因', '什么意思', '怎么回事', '区别', '是不是', '会不会', '是真的吗'],
    sections: ['causes', 'faq'],
    boost: 1.3,
  },
  { cues: ['怎么办', '怎么解决', '怎么弄', '怎么处理', '解除', '恢复'], sections: ['fixes'], boost: 1.2 },
];

/**
 * Words that mean the reader may be losing money now. Their articles come first, in this
 * order, before anything else the query matches.
 */
export const urgentCues: readonly { cues: readonly string[]; articles: readonly string[] }[] = [
  {
    cues: ['安全账户', '安全帐户', '涉嫌洗钱', '洗钱', '公检法', '冒充警察'],
    articles: ['prevention/safe-account-scam', 'fixes/scammed-what-now'],
  },
  {
    cues: ['被骗', '骗子', '诈骗', '上当', '报警', '转给骗子', '骗了', '骗走'],
    articles: ['fixes/scammed-what-now', 'fixes/suspected-theft'],
  },
  {
    cues: ['冒充客服', '冒充工行', '冒充银行', '假客服', '冒充', '自称客服', '自称是', '念给'],
    articles: ['fixes/scammed-what-now', 'prevention/official-numbers-only'],
  },
  { cues: ['屏幕共享', '共享屏幕', '视频会议'], articles: ['fixes/scammed-what-now', 'faq/protect-account'] },
  {
    cues: ['保证金', '解冻费', '先交钱', '交点钱', '拉人头'],
    articles: ['fixes/scammed-what-now', 'prevention/fake-apps-and-scams'],
  },
  { cues: ['盗刷', '被盗', '钱被转走', '不是我付'], articles: ['fixes/suspected-theft'] },
  { cues: ['手机丢了', '手机被偷', '手机掉了', '丢了手机', '手机被盗'], articles: ['fixes/lost-phone'] },
];
