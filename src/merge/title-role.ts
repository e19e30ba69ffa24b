import type { Draft } from '../extract/draft.js';
import { jobTitleIn } from '../roles/role-nouns.js';
import { withSpecialty } from '../roles/specialty.js';
import { frontMatterLines } from './front-matter-lines.js';
import type { Inference } from './infer-role.js';

/** How far down a role document's own title may sit: a title line and a subtitle, after front matter. */
const TOP_LINES = 4;

/**
 * A role document that names no title the profile knows may still say its
 * role at the top: `Product Designer prep`, `DATA ENGINEER — ACME`, or a
 * subtitle `Robotics Software Engineer, Autonomy Team` under the title.
 */
export function titleOfDocument(draft: Draft, lines: readonly string[]): Inference | undefined {
  // A job board's header (`Skip to main content`, `Sign In`) is chrome, not a line of the document's top.
  const chrome = new Set(draft.doc.chrome.map((c) => c.line));
  const top = lines
    .map((text, i) => ({ text: text.replace(/^[\s#>*_=-]+|[\s#*_]+$/g, ''), line: i + 1 }))
    .filter(({ text, line }) => text !== '' && line > frontMatterLines(lines) && !chrome.has(line));
  // A careers site's logo and links (`Careers`, `Teams`, `Life at Acme`) may stand over a posting's title: short words that take no place of it.
  const counted = top.filter(({ text }) => !isShortLink(text)).slice(0, TOP_LINES).at(-1)?.line ?? 0;
  for (const { text, line } of top.filter(({ line }) => line <= counted)) {
    const title = text.length <= 80 ? jobTitleIn(text) : undefined;
    if (title) return { title: withSpecialty(text, withoutCompanyName(title, draft.company.id), draft.company.id, lines.join('\n')), match: text, line, mentions: 1 };
  }
  return draft.title ? fromTitle(draft.title, lines) : undefined;
}

/** Up to three words, none of them a job's, with no digits or sentence marks: a site's link or logo. */
const isShortLink = (text: string): boolean => text.split(/\s+/).length <= 3 && !/[\d.,:;!?]/.test(text) && jobTitleIn(text) === undefined;

/**
 * "Tindrel Data Engineer onsite": a title line may put the company's name
 * before the job title, whose capitals run into it. The name is not part of
 * the role, so words that spell the folder's id are left out at its start.
 */
function withoutCompanyName(title: string, id: string): string {
  const words = title.split(/\s+/);
  const name = id.split('-');
  const leading = name.every((word, i) => words[i]?.toLowerCase().replace(/['’]s$/, '') === word);
  return leading && words.length > name.length + 1 ? words.slice(name.length).join(' ') : title;
}

function fromTitle(heading: string, lines: readonly string[]): Inference | undefined {
  const title = jobTitleIn(heading);
  const line = lines.findIndex((text) => text.includes(heading)) + 1;
  return title && line > 0 ? { title, match: heading, line, mentions: 1 } : undefined;
}
