import type { Nodes } from 'mdast';
import type { Company, Gap, Role } from '../model/company.js';
import type { Fact, Source } from '../model/source.js';
import type { ParsedDocument } from '../parse/types.js';
import { emptyCompany, emptyRole } from '../merge/empty.js';
import { linesOf } from '../classify/text.js';
import type { Kind } from '../classify/classify.js';

/** How a document said which role it is about. */
export interface RoleClaim {
  title: string;
  source: Source;
  /**
   * `title`: a front matter title that names a job, which says so only if the
   * document has role sections. `subject`: a pasted mail's subject, which
   * says what the mail is about; a heading in it still corrects it.
   */
  how: 'front-matter' | 'title' | 'subject' | 'heading' | 'label';
}

/**
 * What one document contributes: a company-shaped draft, the role-level
 * facts (attached to a role at merge time, when every title is known),
 * and which lines landed somewhere.
 */
export interface Draft {
  doc: ParsedDocument;
  company: Company;
  role: Role;
  roleClaim: RoleClaim | undefined;
  /** Roles an earlier "The Role: …" heading of the same document opened, each with its own facts. */
  earlierRoles: { role: Role; claim: RoleClaim }[];
  /** A job-title heading under "Open positions" not yet claimed by a role section after it. */
  opening?: { title: string; line: number; workplace?: string };
  /** A `Company: …` line: the name as the author declares it, after front matter `company`. */
  declaredName?: Fact;
  /** Short title-like lines that may name the company. */
  names: Fact[];
  mapped: Set<number>;
  /** The model object each container or item section fills (a SWOT, a role family). */
  owners: Map<object, object>;
  /** The document's title: its first top-level heading, else its first heading. */
  title: string | null;
  /** Kinds of its sections, in order: what family of document it is. */
  kinds: Kind[];
  /**
   * Facts prose only hints at (`a Dublin-based fintech`): merge fills a
   * field from them only where no document states it.
   */
  hints: { field: 'headquarters'; fact: Fact }[];
  /** Whether its summary came from an "About" section, which a press release's headline or a chat's preamble does not outrank. */
  summaryFromAbout?: boolean;
}

export function newDraft(doc: ParsedDocument, id: string): Draft {
  return { doc, company: emptyCompany(id), role: emptyRole('', ''), roleClaim: undefined, earlierRoles: [], names: [], mapped: new Set(), owners: new Map(), title: null, kinds: [], hints: [] };
}

export function sourceOf(draft: Draft, line: number): Source {
  return { file: draft.doc.relative, line };
}

/** Mark the lines a node spans as landed in the model. */
export function mark(draft: Draft, node: Nodes | undefined): void {
  const range = node && linesOf(node);
  if (!range) return;
  for (let line = range[0]; line <= range[1]; line += 1) draft.mapped.add(line);
}

export function makeFact(draft: Draft, text: string, line: number, label?: string): Fact {
  const fact: Fact = { text: text.trim(), source: sourceOf(draft, line) };
  if (label) fact.label = label;
  return fact;
}

export function addGap(draft: Draft, field: string, text: string, line: number, label?: string): void {
  const gap: Gap = { field, text: text.trim() || '(empty)', source: sourceOf(draft, line) };
  // The field id cannot spell "products/services"; the checklist shows the label as written.
  if (label) gap.label = label;
  draft.company.gaps.push(gap);
  draft.mapped.add(line);
}
