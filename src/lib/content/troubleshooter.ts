import type { OutcomeNode, QuestionNode, TroubleNode, Troubleshooter } from '../../schemas/troubleshooter';
import { diagnoseUrl } from './routes';

/** True for a question node. */
export function isQuestion(node: TroubleNode): node is QuestionNode {
  return 'answers' in node;
}

/** True for an outcome node. */
export function isOutcome(node: TroubleNode): node is OutcomeNode {
  return 'articles' in node;
}

/**
 * The nodes a question leads to, each once: two answers may name one node (one situation in two
 * readers' words); they share its page, so it is built once.
 */
export function nextNodes(node: QuestionNode): string[] {
  return [...new Set(node.answers.map((a) => a.next))];
}

/** Every path from the start to an outcome, as node ids (for tests and the sitemap). */
export function allPaths(tree: Troubleshooter): string[][] {
  const out: string[][] = [];
  const walk = (id: string, path: string[]) => {
    const node = tree.nodes[id];
    if (!node || path.includes(id)) return;
    if (isOutcome(node)) out.push([...path, id]);
    else for (const next of nextNodes(node)) walk(next, [...path, id]);
  };
  walk(tree.start, []);
  return out;
}

/** One page of the troubleshooter: a walk from the start, and whether it is the node's main URL. */
export interface TreePage {
  /** Node ids from the start to this node. */
  path: string[];
  /** The shortest (first-listed) walk to this node: its canonical URL. */
  primary: boolean;
}

/** Every walk from the start, shortest first; the first walk to each node is its primary one. */
export function treePages(tree: Troubleshooter): TreePage[] {
  const pages: TreePage[] = [];
  const seen = new Set<string>();
  const queue: string[][] = [[tree.start]];
  while (queue.length) {
    const path = queue.shift() as string[];
    const id = path.at(-1) as string;
    const node = tree.nodes[id];
    // The tree check rejects cycles; the guard keeps a broken file from looping here.
    if (!node || path.indexOf(id) !== path.length - 1) continue;
    pages.push({ path, primary: !seen.has(id) });
    seen.add(id);
    if (isQuestion(node)) for (const next of nextNodes(node)) queue.push([...path, next]);
  }
  return pages;
}

/** URLs of walks that are not a node's primary one: canonical elsewhere, left out of the sitemap. */
export function alternateDiagnoseUrls(tree: Troubleshooter): Set<string> {
  return new Set(
    treePages(tree)
      .filter((p) => !p.primary)
      .map((p) => diagnoseUrl(p.path)),
  );
}
