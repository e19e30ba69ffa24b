import type { SourceDocument, Unmapped } from '../model/company.js';
import type { Draft } from '../extract/draft.js';
import type { Kind } from '../classify/classify.js';
import { familyOf } from './family.js';
import { frontMatterLines } from './front-matter-lines.js';
import { fileLines } from '../parse/file-text.js';

/** HTML comments are notes to the writer, not content. */
function commentLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  let open = false;
  lines.forEach((line, i) => {
    if (open || /^\s*<!--/.test(line)) out.add(i + 1);
    const [opened, closed] = [line.lastIndexOf('<!--'), line.lastIndexOf('-->')];
    if (opened > closed) open = true;
    else if (closed >= 0) open = false;
  });
  return out;
}

/**
 * Per document: what it is and how much of it landed. Content lines are the
 * non-blank lines outside front matter, chrome and comments; every content
 * line no fact or heading took is listed in `unmapped`.
 */
export function describe(draft: Draft, kinds: readonly Kind[], role: string | null, facts: number): { source: SourceDocument; unmapped: Unmapped[] } {
  const { doc } = draft;
  const lines = fileLines(doc.file);
  const skip = frontMatterLines(lines);
  const chrome = new Set(doc.chrome.map((c) => c.line));
  const comments = commentLines(lines);
  const unmapped: Unmapped[] = [];
  let content = 0;
  lines.forEach((text, i) => {
    const line = i + 1;
    if (line <= skip || !text.trim() || chrome.has(line) || comments.has(line)) return;
    content += 1;
    if (!draft.mapped.has(line)) unmapped.push({ text: text.trim(), source: { file: doc.relative, line } });
  });
  const source: SourceDocument = {
    file: doc.relative,
    kind: doc.kind,
    family: familyOf(kinds),
    title: draft.title,
    role,
    asOf: doc.frontMatter.asOf ?? null,
    url: doc.frontMatter.source ?? null,
    lines: doc.lines,
    contentLines: content,
    mappedLines: content - unmapped.length,
    chromeLines: chrome.size,
    facts,
  };
  return { source, unmapped };
}
