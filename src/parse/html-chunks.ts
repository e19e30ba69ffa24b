import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { toMdast, type Options } from 'hast-util-to-mdast';
import type { Root, RootContent as MdastContent } from 'mdast';

/*
 * hast-util-to-mdast slows down more than linearly with the number of
 * siblings (150,000 headings took a minute) and spreads each container's
 * blocks into an argument list (over about 100,000 overflow). A page is
 * converted in batches: its containers (`body`, `div`, `section`…), whose
 * output is only their children's, are flattened into runs of siblings,
 * each run converted in a `div` of its own, as the converter would, a few
 * thousand nodes at a time.
 */
const CONTAINERS = new Set([
  'address', 'article', 'aside', 'body', 'center', 'div', 'fieldset', 'figcaption', 'figure', 'form', 'footer', 'header', 'hgroup', 'html', 'legend', 'main', 'multicol', 'nav', 'picture', 'section',
]);
const BATCH = 2_000;

export function convertInBatches(hast: HastRoot, options: Options): Root {
  const root: Root = { type: 'root', children: [] };
  let batch: Element[] = [];
  let size = 0;
  const flush = (): void => {
    const tree = toMdast({ type: 'root', children: batch }, options) as Root;
    for (const node of tree.children) root.children.push(node as MdastContent);
    batch = [];
    size = 0;
  };
  for (const run of runsOf(hast)) {
    for (let start = 0; start < run.length; start += BATCH) {
      const part = run.slice(start, start + BATCH);
      if (size + part.length > BATCH && size > 0) flush();
      batch.push({ type: 'element', tagName: 'div', properties: {}, children: part });
      size += part.length;
    }
  }
  if (size > 0) flush();
  return root;
}

/** Runs of siblings between containers, in page order, every container opened. */
function runsOf(hast: HastRoot): ElementContent[][] {
  const runs: ElementContent[][] = [];
  let run: ElementContent[] = [];
  const pending: Array<RootContent | 'end'> = [...hast.children].reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    const container = node !== 'end' && node.type === 'element' && CONTAINERS.has(node.tagName) ? node : undefined;
    if (node === 'end' || container) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (container) {
      pending.push('end');
      for (let i = container.children.length - 1; i >= 0; i--) pending.push(container.children[i]!);
    } else if (node !== 'end' && node.type !== 'doctype' && node.type !== 'comment') run.push(node);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
