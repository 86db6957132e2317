import { run } from 'zhlint';
const rules = { preset: 'default', halfwidthPunctuation: '', fullwidthPunctuation: '，。：；？！“”‘’（）', adjustedFullwidthPunctuation: '', skipZhUnits: '' };
const cases = [
  '拨打95588咨询。', '拨打 95588 咨询。', '拨打 <Phone id="icbc-hotline" />，说明情况。', '拨打<Phone id="icbc-hotline" />。',
  '联系 <Phone id="icbc-hotline" />：', '数字人民币App里', '数字人民币 App 里', '- **钱有没有被扣。** 打开交易记录。',
  '- **钱有没有被扣。**打开交易记录。', '交易记录（一笔付款收到通知是正常的）；', '交易记录(一笔付款收到通知是正常的);', '在中国内地 24 小时可拨打',
  '在中国内地24小时可拨打', '2024 年 2 月', '2024年2月', '单笔 5000 元', '单笔5000元', '“数字人民币”App', '“数字人民币” App', '工银e钱包和工银e生活',
  '好的, 我知道了.', '看[这篇说明](/faq/x/)。', '看[这篇 说明](/faq/x/)。', '见 [说明](/faq/x/)。', '文字， 文字', '在 Wi-Fi 和移动数据之间', 'e-CNY 钱包', '约 3%', '10:30 开始', '第 1 步', '1. **第一步。** 内容', '「引号」', '100%的',
  '<Callout type="warning" title="注意">这段 提示</Callout>', '拨打 {props.x} 号码', '共 3 笔','一到四类', 'iPhone 的', '“中国工商银行”App', '中国工商银行App',
];
for (const c of cases) {
  const r = run(c, { rules });
  console.log(JSON.stringify(c), '=>', JSON.stringify(r.result), r.validations.map(v => `${v.index}/${v.length}:${v.message}`).join(' | '));
}
