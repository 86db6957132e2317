// The troubleshooter tree must lead every reader somewhere: no dangling answers, no missing or
// draft articles, no unreachable nodes, no cycles.
import type { Troubleshooter } from '../../schemas/troubleshooter';
import { isQuestion } from '../content/troubleshooter';
import type { Problem } from './problem';

/**
 * Problems that make the tree unusable, each naming the node: answers that lead nowhere,
 * outcomes that name missing or draft articles, nodes nobody can reach, cycles.
 * `articles` maps article id → whether it is a draft.
 */
export function findTreeProblems(
  tree: Troubleshooter,
  articles: ReadonlyMap<string, { draft: boolean }>,
  file = 'content/troubleshooter.yaml',
): Problem[] {
  const problems: Problem[] = [];
  const ids = Object.keys(tree.nodes);
  if (!tree.nodes[tree.start])
    problems.push({ file, message: `start 指向的节点“${tree.start}”不存在。请写成已有节点的 id：${ids.join('、')}。` });
  for (const [id, node] of Object.entries(tree.nodes)) {
    if (isQuestion(node)) {
      for (const a of node.answers) {
        if (!tree.nodes[a.next]) {
          problems.push({
            file,
            message: `节点“${id}”的回答“${a.label}”指向不存在的节点“${a.next}”。请改成已有节点的 id，或者新建这个节点。`,
          });
        }
      }
    } else {
      for (const ref of node.articles) {
        const article = articles.get(ref);
        if (!article)
          problems.push({
            file,
            message: `结果节点“${id}”推荐的文章“${ref}”不存在。请写成“栏目/文件名”，并确认 content/${ref}.mdx 存在。`,
          });
        else if (article.draft)
          problems.push({
            file,
            message: `结果节点“${id}”推荐的文章“${ref}”还是草稿（draft: true），读者打不开。请换一篇或先发布它。`,
          });
      }
    }
  }
  // Reachability and cycles in one depth-first walk from the start.
  const state = new Map<string, 'open' | 'done'>();
  const walk = (id: string, path: string[]) => {
    const node = tree.nodes[id];
    if (!node) return;
    state.set(id, 'open');
    if (isQuestion(node)) {
      for (const a of node.answers) {
        if (state.get(a.next) === 'open') {
          const loop = [...path.slice(path.indexOf(a.next)), id, a.next].join(' → ');
          problems.push({
            file,
            message: `节点“${id}”的回答“${a.label}”又回到了“${a.next}”，形成死循环（${loop}）。请让它指向一个新的节点或结果。`,
          });
        } else if (!state.has(a.next)) walk(a.next, [...path, id]);
      }
    }
    state.set(id, 'done');
  };
  walk(tree.start, []);
  for (const id of ids) {
    if (!state.has(id))
      problems.push({
        file,
        message: `节点“${id}”没有任何回答指向它，读者永远走不到。请在某个问题里加一个指向它的回答，或者删掉它。`,
      });
  }
  return problems;
}
