import type { OutcomeNode, QuestionNode, TroubleNode, Troubleshooter } from '../../schemas/troubleshooter';

/** True for a question node. */
export function isQuestion(node: TroubleNode): node is QuestionNode {
  return 'answers' in node;
}

/** True for an outcome node. */
export function isOutcome(node: TroubleNode): node is OutcomeNode {
  return 'articles' in node;
}

/** Every path from the start to an outcome, as node ids (for tests and the sitemap). */
export function allPaths(tree: Troubleshooter): string[][] {
  const out: string[][] = [];
  const walk = (id: string, path: string[]) => {
    const node = tree.nodes[id];
    if (!node || path.includes(id)) return;
    if (isOutcome(node)) out.push([...path, id]);
    else for (const a of node.answers) walk(a.next, [...path, id]);
  };
  walk(tree.start, []);
  return out;
}

/** The fewest steps from the start to each node (the start is step 1). */
export function depths(tree: Troubleshooter): Map<string, number> {
  const depth = new Map<string, number>([[tree.start, 1]]);
  const queue = [tree.start];
  while (queue.length) {
    const id = queue.shift() as string;
    const node = tree.nodes[id];
    if (!node || !isQuestion(node)) continue;
    for (const a of node.answers) {
      if (!depth.has(a.next)) {
        depth.set(a.next, (depth.get(id) ?? 1) + 1);
        queue.push(a.next);
      }
    }
  }
  return depth;
}
