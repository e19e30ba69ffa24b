import type { Heading, List, ListItem, Paragraph, Root } from 'mdast';
import { depthOf, type Bullet } from './bullets.js';
import type { LineRole } from './line-roles.js';
import { rangeOf, type TextLine } from './text-lines.js';
import { appendLine, chipList, extendTo, newList, paragraphOf, toText } from './text-nodes.js';

interface Open {
  /** Indentation and glyph level as one depth (see `depthOf`). */
  indent: number;
  list: List;
  item: ListItem;
}

/** Assembles mdast from classified lines: headings, nested lists, paragraphs. */
export class TreeBuilder {
  readonly root: Root = { type: 'root', children: [] };
  private stack: Open[] = [];
  private paragraph: { node: Paragraph; last: TextLine } | undefined;
  private blankSince = false;

  add(line: TextLine, role: LineRole): void {
    if (role.role === 'blank') {
      this.paragraph = undefined;
      this.blankSince = true;
      return;
    }
    if (role.role === 'bullet') this.addBullet(line, role.bullet);
    else if (role.role === 'text') this.addText(line);
    else this.addBlock(line, role);
    this.blankSince = false;
  }

  private addBlock(line: TextLine, role: Exclude<LineRole, { role: 'blank' | 'bullet' | 'text' }>): void {
    this.close();
    if (role.role === 'heading') {
      const position = rangeOf(line, line);
      const heading: Heading = { type: 'heading', depth: role.depth, children: [{ type: 'text', value: line.text, position }], position };
      this.root.children.push(heading);
    } else if (role.role === 'parts') {
      for (const part of role.parts) {
        const node = paragraphOf(line.line, line.column + part.offset, part.text);
        if (part.data) node.data = { ...part.data };
        this.root.children.push(node);
      }
    } else {
      this.root.children.push(chipList(line, role.chips));
    }
  }

  private addText(line: TextLine): void {
    const open = this.stack.at(-1);
    const last = open?.item.children.at(-1);
    if (open && last?.type === 'paragraph' && !this.blankSince && (depthOf(line.indent) > open.indent || isSoftWrap(toText(last), line.text))) {
      // An indented or wrapped line right under a bullet continues that item.
      appendLine(last, line);
      extendTo(open.item, line);
      for (const { list } of this.stack) extendTo(list, line);
      return;
    }
    this.stack = [];
    const current = this.paragraph;
    if (current && isSoftWrap(current.last.text, line.text)) {
      appendLine(current.node, line);
      current.last = line;
      return;
    }
    const node = paragraphOf(line.line, line.column, line.text);
    this.root.children.push(node);
    this.paragraph = { node, last: line };
  }

  private addBullet(line: TextLine, bullet: Bullet): void {
    this.paragraph = undefined;
    const depth = depthOf(line.indent, bullet);
    while (this.stack.length > 0 && (this.stack.at(-1)?.indent ?? 0) > depth) this.stack.pop();
    const item: ListItem = {
      type: 'listItem',
      spread: false,
      children: [paragraphOf(line.line, line.column + bullet.offset, bullet.text)],
      position: rangeOf(line, line),
    };
    const top = this.stack.at(-1);
    if (top && top.indent === depth) {
      top.list.children.push(item);
      if (this.blankSince) top.list.spread = true;
      top.item = item;
      // The items that hold this list now end on this line too: a nested item is part of its parent.
      for (const open of this.stack) {
        extendTo(open.list, line);
        if (open !== top) extendTo(open.item, line);
      }
      return;
    }
    const list = newList(item, bullet);
    if (top) {
      top.item.children.push(list);
      for (const open of this.stack) {
        extendTo(open.item, line);
        extendTo(open.list, line);
      }
    } else this.root.children.push(list);
    this.stack.push({ indent: depth, list, item });
  }

  close(): void {
    this.stack = [];
    this.paragraph = undefined;
  }
}

/**
 * A line that stops mid-sentence and a next line that carries on in
 * lowercase, or any line that stops at a comma (`Your contact: Miriam Vogt,`
 * / `Talent Acquisition, …`): one wrapped paragraph.
 */
function isSoftWrap(previous: string, next: string): boolean {
  return (!/[.!?:;…"”)\]]$/u.test(previous) && /^\p{Ll}/u.test(next)) || (/\p{L},$/u.test(previous) && /^\p{L}/u.test(next));
}
