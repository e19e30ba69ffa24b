import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

/**
 * Adjacent text nodes of a saved page's hast joined into one, in one pass:
 * hast-util-to-mdast joins them by splicing each out of its parent, which
 * is quadratic in their number (40,000 `<span>x</span>` took seconds). Runs
 * after `placeText`, so a joined node spans the visible text of its parts.
 */
export function joinTextRuns(tree: Root): void {
  const stack: Array<Root | Element> = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const joined: RootContent[] = [];
    let run: Text[] = [];
    const settle = (): void => {
      if (run.length > 0) joined.push(run.length === 1 ? run[0]! : joinRun(run));
      run = [];
    };
    for (const child of node.children) {
      if (child.type === 'text') {
        run.push(child);
        continue;
      }
      settle();
      joined.push(child);
      if (child.type === 'element') stack.push(child);
    }
    settle();
    node.children = joined as ElementContent[];
  }
}

function joinRun(run: readonly Text[]): Text {
  // Positions of the parts with something visible in them: whitespace alone keeps parse5's untrimmed position.
  const visible = run.filter((text) => text.position && text.value.trim() !== '');
  const [first, last] = [visible[0]?.position, visible.at(-1)?.position];
  return { type: 'text', value: run.map((text) => text.value).join(''), ...(first && last ? { position: { start: first.start, end: last.end } } : {}) };
}
