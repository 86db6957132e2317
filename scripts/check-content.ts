// npm run check:content [-- --dir <content folder>] [--fix]
// Lists every content problem at once, in Chinese, and exits 1 when there is any.
// --fix first corrects the typography of article bodies (spaces, full-width punctuation) in place.
import { checkContent, formatProblem } from '../src/lib/checks/index';
import { fixTypography } from '../src/lib/checks/prose';
import { readArticles } from '../src/lib/content/disk';
import { options } from './lib/args';

const flags = options({ dir: { type: 'string' }, fix: { type: 'boolean' } });
const dir = flags.dir ?? process.env['CONTENT_DIR'] ?? 'content';

if (flags.fix) {
  const changed = await fixTypography(readArticles(dir), dir);
  console.log(
    changed.length
      ? `已自动改好这些文件的排版（空格和标点）：\n${changed.map((f) => `- ${f}`).join('\n')}\n`
      : '正文排版没有需要自动修改的地方。\n',
  );
}

const problems = await checkContent(dir);
if (problems.length === 0) {
  console.log(`内容检查通过：${dir} 里没有发现问题。`);
} else {
  console.error(`内容检查发现 ${problems.length} 个问题，请逐条修改：\n`);
  for (const p of problems) console.error(`- ${formatProblem(p)}`);
  console.error('\n每条信息的格式是“文件:行号：问题。改法。”改完后再运行 npm run check:content。');
  process.exitCode = 1;
}
