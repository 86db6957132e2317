// Troubleshooter URLs carry the walk: /diagnose/payment/network/ is "network, reached from
// payment". So every step's 返回上一步 is a plain link to the URL one level up, with no
// script, even for a node that several questions lead to.
import type { Troubleshooter } from '../../schemas/troubleshooter';

/** The page for a walk (node ids from the start): the start itself lives at /diagnose/. */
export function diagnoseUrl(path: readonly string[]): string {
  return `/diagnose/${path
    .slice(1)
    .map((id) => `${id}/`)
    .join('')}`;
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
    if ('answers' in node) for (const a of node.answers) queue.push([...path, a.next]);
  }
  return pages;
}

/** URLs of walks that are not a node's primary one: canonical elsewhere, left out of the sitemap. */
export function alternateDiagnoseUrls(tree: Troubleshooter): Set<string> {
  return new Set(treePages(tree).filter((p) => !p.primary).map((p) => diagnoseUrl(p.path)));
}
