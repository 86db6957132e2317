import { run } from 'zhlint';
import { readFileSync } from 'node:fs';
const f = process.argv[2];
const text = readFileSync(f, 'utf8');
const out = run(text, { rules: { preset: 'default' } });
for (const v of out.validations) {
  const line = text.slice(0, v.index).split('\n').length;
  const l = text.split('\n')[line-1];
  console.log(line, v.message, '|', l.slice(0,120));
}
