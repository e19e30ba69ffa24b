import type { Blockquote, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';

/**
 * Extract reads the lines of a paragraph (cut at its breaks) as the
 * paragraph's first line plus their index, as they are in markdown. On a
 * page, lines broken by `<br>` often share a page line
 * (`<b>Founded:</b> 2011<br><b>HQ:</b> Porto`): such a paragraph becomes one
 * paragraph per run of lines that do follow each other, so each cites its own
 * line. Not in a list item, where one paragraph keeps its lines one entry's.
 */
export function splitSharedLines(parent: Root | Blockquote): void {
  parent.children = parent.children.flatMap((node): RootContent[] => {
    if (node.type === 'blockquote') splitSharedLines(node);
    return node.type === 'paragraph' ? splitParagraph(node) : [node];
  });
}

function splitParagraph(paragraph: Paragraph): Paragraph[] {
  if (!paragraph.children.some((child) => child.type === 'break')) return [paragraph];
  const runs: PhrasingContent[][][] = [];
  let first = 0;
  for (const segment of segmentsOf(paragraph.children)) {
    const line = segment.find((child) => child.position)?.position?.start.line;
    if (line === undefined) continue;
    const run = runs.at(-1);
    if (run && line === first + run.length) run.push(segment);
    else {
      runs.push([segment]);
      first = line;
    }
  }
  if (runs.length <= 1) return [paragraph];
  return runs.map((run) => spanned(run.flatMap((segment, i) => (i === 0 ? segment : [{ type: 'break' }, ...segment]))));
}

/** The children between breaks. */
function segmentsOf(children: readonly PhrasingContent[]): PhrasingContent[][] {
  const segments: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type === 'break') segments.push([]);
    else segments.at(-1)!.push(child);
  }
  return segments;
}

function spanned(children: PhrasingContent[]): Paragraph {
  const [start, end] = [children.find((child) => child.position)?.position?.start, children.findLast((child) => child.position)?.position?.end];
  return { type: 'paragraph', children, ...(start && end ? { position: { start, end } } : {}) };
}
