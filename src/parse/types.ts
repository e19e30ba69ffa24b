import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import './mdast-data.js';

/** Front matter keys prep understands, normalized. Unknown keys are kept in `extra`. */
export interface FrontMatter {
  company?: string;
  aliases?: string[];
  role?: string;
  /** `role:` given as a list of several names: no one role, so `role` stays unset and merge says why. */
  roles?: string[];
  /** ISO date (YYYY-MM-DD); YAML dates arrive as Date objects and are normalized. */
  asOf?: string;
  source?: string;
  /** Build options as written (`formats: md, pdf`, `paper: Letter`), lower-cased; checked when merged. */
  formats?: string[];
  paper?: string;
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
 * - `•`, `-`, `*`, `–`, `—`, `·`, `▪` bullets → `list`/`listItem`/`paragraph`, nested by indent.
 * - A glued chip line (`CDNedge cachingQoEnetwork operations`) → a `list`
 *   with `data: { chips: true }`, one `listItem` per chip.
 * - Everything else → `paragraph`; a line's text stays one `text` node.
 *
 * Details of the reader as built:
 * - The title is the first content line (after chrome) when it is heading-shaped.
 * - Heading-shaped: ≤ 80 characters and ≤ 10 words, mostly Title Case or ALL
 *   CAPS, no sentence end, comma or `label: value`; it stands alone (blank or
 *   list around it), or is strict Title Case / ALL CAPS right above prose.
 * - `1.`/`1)` items → ordered lists; items separated by blank lines stay one
 *   list (`spread: true`). An indented or wrapped (lowercase-continuing) line
 *   under an item joins that item's paragraph.
 * - A paragraph line that stops mid-sentence and a next line starting in
 *   lowercase form one paragraph whose one `text` node spans both lines
 *   (value joined with `\n`, as remark does); otherwise one paragraph per line.
 * - A line that glues values (`🇺🇸 Los Gatos, CA, United StatesMarket Cap: $280B`)
 *   → several paragraphs on the same line; a leading flag becomes
 *   `data: { country: 'US' }` on the first.
 * - Markdown documents keep remark's tree, less blocks only a notes app reads
 *   (`%%` comments, `#tag` lines, `dataview` queries), which are their `chrome`.
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
