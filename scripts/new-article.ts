// npm run new -- --section fixes --slug payment-failed --title 付款失败怎么办 [--description …] [--dir content]
// Without flags, in a terminal, it asks for each value. Creates content/<section>/<slug>.mdx
// with valid frontmatter and refuses an unknown section or an existing slug.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cancel, intro, isCancel, outro, select, text } from '@clack/prompts';
import { limits } from '../src/schemas/article';
import { getSection, sections } from '../src/data/sections';
import { readArticles } from '../src/lib/content/disk';
import { options } from './lib/args';

const flags = options({
  dir: { type: 'string' },
  section: { type: 'string' },
  slug: { type: 'string' },
  title: { type: 'string' },
  description: { type: 'string' },
});
const flag = (name: keyof typeof flags): string | undefined => flags[name];

function die(message: string): never {
  console.error(message);
  process.exit(1);
}

const dir = flag('dir') ?? 'content';
const existing = readArticles(dir);
const sectionIds = sections.map((s) => s.id);

/** Why a value cannot be used, or undefined when it is fine. */
const problems = {
  section: (v: string) =>
    (sectionIds as string[]).includes(v)
      ? undefined
      : `未知栏目“${v}”。可用的栏目：${sections.map((s) => `${s.id}（${s.name}）`).join('、')}。`,
  slug: (v: string) => {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v))
      return `文件名“${v}”不能用作网址：只用小写英文字母、数字和连字符，例如 payment-failed。`;
    const same = existing.find((a) => a.id.split('/')[1] === v);
    return same ? `文件名“${v}”已经被 ${same.filePath} 用了，请换一个。` : undefined;
  },
  description: (v: string) =>
    v.trim().length < limits.descriptionMin || v.trim().length > limits.descriptionMax
      ? `摘要要 ${limits.descriptionMin} 到 ${limits.descriptionMax} 个字（现在 ${v.trim().length} 个）；也可以先不写。`
      : undefined,
  title: (v: string) =>
    v.trim().length < 4 || v.trim().length > limits.titleMax
      ? `标题要 4 到 ${limits.titleMax} 个字（现在 ${v.trim().length} 个）。`
      : undefined,
};

const interactive = process.stdin.isTTY && !flag('section');
let section = flag('section');
let slug = flag('slug');
let title = flag('title');
let description = flag('description');

if (interactive) {
  intro('新建帮助文章');
  const answer = <T>(v: T | symbol): T => {
    if (isCancel(v) || typeof v === 'symbol') {
      cancel('已取消，没有创建文件。');
      process.exit(0);
    }
    return v;
  };
  section = answer<string>(
    await select<string>({
      message: '放在哪个栏目？',
      options: sections.map((s) => ({ value: s.id, label: s.name, hint: s.summary })),
    }),
  );
  title = answer<string>(
    await text({
      message: `标题（读者会搜索的说法，最多 ${limits.titleMax} 个字）`,
      validate: (v) => problems.title(v ?? ''),
    }),
  );
  slug = answer<string>(
    await text({
      message: '文件名（也是网址，小写英文和连字符，例如 payment-failed）',
      validate: (v) => problems.slug(v ?? ''),
    }),
  );
  description = answer<string>(
    await text({
      message: `摘要（${limits.descriptionMin}–${limits.descriptionMax} 个字，可以先留空以后再写）`,
      defaultValue: '',
      validate: (v) => (v ? problems.description(v) : undefined),
    }),
  );
}

if (!section || !slug || !title) {
  die(
    '用法：npm run new -- --section fixes --slug payment-failed --title 付款失败怎么办\n（在终端里直接运行 npm run new 会一步步询问。）',
  );
}
for (const [field, value] of [
  ['section', section],
  ['slug', slug],
  ['title', title],
] as const) {
  const problem = problems[field](value);
  if (problem) die(`无法新建文章：${problem}`);
}

if (description) {
  const problem = problems.description(description);
  if (problem) die(`无法新建文章：${problem}`);
}

const folder = join(dir, section);
const file = join(folder, `${slug}.mdx`);
if (existsSync(file)) die(`无法新建文章：${file} 已经存在。`);
const order = existing.filter((a) => a.id.startsWith(`${section}/`)).length + 1;
const desc =
  description || '（草稿摘要，发布前请改写）用一两句话写清这篇文章能帮读者解决什么问题，读者在搜索结果里会看到这段话。';
// JSON strings are valid YAML: a colon or # in the title cannot break the frontmatter.
const yamlText = (v: string) => JSON.stringify(v.trim());
// Fix articles open with the one action that matters most and end with the page's own
// “还没解决？” route, so their template has the box and no closing call of its own.
const isFix = Boolean(getSection(section)?.fix);
const opening = isFix
  ? '<FirstStep>\n最要紧的一件事：读者现在先做什么，两三行以内。\n</FirstStep>\n\n先用一两句话说明为什么会这样。'
  : '先用一两句话直接回答读者最关心的问题。';
const closing = isFix ? '' : '\n## 还是不行怎么办\n\n请拨打工商银行客服热线 <Phone id="icbc-hotline" />。\n';

mkdirSync(folder, { recursive: true });
writeFileSync(
  file,
  `---
title: ${yamlText(title)}
description: ${yamlText(desc)}
order: ${order}
keywords: [${yamlText(title)}]
related: []
draft: true
---

${opening}

## 先检查这几点

- 第一件要确认的事。

## 一步步处理

<Steps>

1. **第一步做什么。** 为什么这样做。
2. **第二步做什么。** 做完会看到什么。

</Steps>
${closing}`,
);

const msg = `已创建 ${file}（draft: true，只在 npm run dev 里显示）。写完后把 draft 改成 false，再运行 npm run check:content。`;
if (interactive) outro(msg);
else console.log(msg);
