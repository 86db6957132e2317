import { fromYAMLFilePath } from 'prh';
const e = fromYAMLFilePath('content/terms.yml');
console.log(e.rules.length, 'rules');
for (const r of e.rules) console.log(r.expected, r.pattern);
const t = '打开APP，登陆后看交易明细；在大陆和国内都行，工信部说的。wifi 帐单。官方账号和账号。';
console.log(e.replaceByRule('x', t));
