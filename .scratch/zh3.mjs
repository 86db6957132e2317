import { run } from 'zhlint';
const rules = { preset: 'default', halfwidthPunctuation: '', fullwidthPunctuation: '，。：；？！“”‘’（）', adjustedFullwidthPunctuation: '', skipZhUnits: '' };
for (const c of ['**自己打开官方 App。** 不通过短信里的任何链接，直接打开手机上的“数字人民币”或“中国工商银行” App，看有没有提示。', '有一款假冒的“数字人民币测试版” App。凡是']) {
const r = run(c, { rules });
for (const v of r.validations) console.log(v.index, v.length, JSON.stringify(c.slice(v.index, v.index+v.length)), JSON.stringify(c.slice(v.index-3, v.index+v.length+3)), v.message, v.target);
console.log(r.result);
}
