import mdx from 'textlint-plugin-mdx';
const p = new (mdx.default ?? mdx).Processor({});
const { preProcess } = p.processor('.mdx');
const text = `import X from './x'\n\n<Callout type="danger" title="先打电话">\n拨打 <Phone id="a" /> 和 {1+1} 再说。\n</Callout>\n\n{/* 注释 */}\n\n| a | b |\n| --- | --- |\n| 中文 | App里 |\n\n\`code\` 和 \`\`\`\n`;
const ast = preProcess(text, 'x.mdx');
console.log(JSON.stringify(ast, (k, v) => (k === 'loc' || k==='position') ? undefined : v, 1).slice(0, 4000));
