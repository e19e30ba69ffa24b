import type { Heading, Root, RootContent } from 'mdast';
import { lineOf, textOf } from './text.js';
import { SECTION_NUMBER } from './normalize-heading.js';

/**
 * A heading and everything until the next heading of the same or a higher
 * level. `content` is the section's own blocks; deeper headings become
 * `children`. The preamble (blocks before the first heading) is a section
 * of depth 0 with no heading.
 */
export interface Section {
  heading: Heading | undefined;
  title: string;
  depth: number;
  line: number;
  content: RootContent[];
  children: Section[];
}

export function splitSections(tree: Root): Section {
  const root: Section = { heading: undefined, title: '', depth: 0, line: 1, content: [], children: [] };
  const stack: Section[] = [root];
  for (const node of tree.children) {
    if (node.type !== 'heading') {
      stack[stack.length - 1]!.content.push(node);
      continue;
    }
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
    const section: Section = {
      heading: node,
      // `COMPANY FACTS:` names the section `COMPANY FACTS`, `2.1 Duties` names it `Duties`: colon and outline number are layout.
      title: textOf(node).trim().replace(/\s*:$/, '').replace(SECTION_NUMBER, ''),
      depth: node.depth,
      line: lineOf(node),
      content: [],
      children: [],
    };
    stack[stack.length - 1]!.children.push(section);
    stack.push(section);
  }
  return root;
}

/** Sections in document order (pre-order), the preamble first. */
export function flattenSections(root: Section): Section[] {
  const out: Section[] = [];
  const visit = (section: Section): void => {
    out.push(section);
    section.children.forEach(visit);
  };
  visit(root);
  return out;
}
