import { compile } from '@mdx-js/mdx';
const cases = {
  unclosed: '<Callout type="warning">\n这段提示没有结束标签。\n',
  unclosed2: '## 第一步\n\n<Callout type="warning">\n这段提示没有结束标签。\n\n再来一个坏掉的表达式：{1 +}\n',
  brace: '金额是 {1 + } 元。\n',
  braceOpen: '花括号 { 没有关上\n',
  lt: '金额 <5000 元时\n',
  lt2: '金额 < 5000 元时\n',
  comment: '<!-- 注释 -->\n\n正文\n',
  mismatch: '<Steps>\n\n1. 第一步\n\n</Callout>\n',
  attr: '<Phone id=icbc-hotline />\n',
  attr2: '<Phone id="icbc-hotline />\n',
  lazy: '> <Callout>\n> 文字\n</Callout>\n',
  closeInPara: '<Callout>文字\n\n更多</Callout>\n',
  import: 'import { X from "./x"\n\n正文\n',
  selfslash: '</Phone>\n',
  html: '<br>\n',
  ok: '拨打 <Phone id="icbc-hotline" />。\n',
};
for (const [k, v] of Object.entries(cases)) {
  try { await compile(v); console.log(k, 'OK'); }
  catch (e) { console.log(k, '|', e.line, e.column, '|', e.source, e.ruleId, '|', e.reason); }
}
