import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import './mdast-data.js';

/** Front matter keys prep understands, normalized. Unknown keys are kept in `extra`. */
export interface FrontMatter {
  company?: string;
  aliases?: string[];
  role?: string;
  /** ISO date (YYYY-MM-DD); YAML dates arrive as Date objects and are normalized. */
  asOf?: string;
  source?: string;
  extra: Record<string, unknown>;
}

/** A line of page chrome dropped by the reader: counted, never content. */
export interface ChromeLine {
  line: number;
  text: string;
}

/**
 * One document after the parse stage. `tree` is mdast whatever the input:
 * markdown goes through remark-parse + remark-gfm, plain text through our
 * reader. Positions are lines of the original file (front matter included).
 *
 * Conventions of the plain-text reader's tree (the extract stage relies on them):
 * - A bare line the heading table knows → `heading` depth 2; the document's
 *   title line → depth 1; other heading-shaped lines → depth 3.
 * - `•`, `-`, `*`, `·`, `▪` bullets → `list`/`listItem`/`paragraph`, nested by indent.
 * - A glued chip line (`CDNedge cachingQoEnetwork operations`) → a `list`
 *   with `data: { chips: true }`, one `listItem` per chip.
 * - Everything else → `paragraph`; a line's text stays one `text` node.
 */
export interface ParsedDocument {
  file: VFile;
  /** Path relative to the profiles directory, e.g. `netflix/company-profile.txt`. */
  relative: string;
  kind: 'markdown' | 'text';
  frontMatter: FrontMatter;
  tree: Root;
  chrome: ChromeLine[];
  /** Number of lines in the file. */
  lines: number;
}
