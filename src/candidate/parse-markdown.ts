import type { RootContent } from 'mdast';
import type { Candidate, Evidence, EvidenceKind } from './types.js';
import { readFrontMatter } from './front-matter.js';
import { textOf } from '../classify/text.js';
import { clean, listItems, parseMarkdown } from './mdast-text.js';
import { findString, lineAt } from './lines.js';
import { classifySection, type CandidateSection } from './sections.js';

const KIND: Record<CandidateSection, EvidenceKind> = {
  skills: 'skill', experience: 'experience', projects: 'project', stories: 'story', summary: 'summary',
};

interface Walk {
  text: string;
  file: string;
  section: CandidateSection;
  depth: number;
  context: string | null;
  /** The level of the headings that name a job or project: a deeper one (`#### Highlights` under a job) does not replace it. */
  contextDepth: number;
  evidence: Evidence[];
}

/** A markdown candidate: front matter name/headline/skills, then its sections. */
export async function parseMarkdownCandidate(text: string, file: string): Promise<Candidate> {
  const { data, body } = await readFrontMatter(text, file);
  const tree = await parseMarkdown(body);
  const walk: Walk = { text: body, file, section: 'summary', depth: 0, context: null, contextDepth: 0, evidence: frontMatterSkills(data, text, file) };
  let title: string | null = null;
  for (const node of tree.children) {
    // The first level-1 heading names the candidate, unless it opens a section (`# Skills`).
    const h1: string | null = node.type === 'heading' && node.depth === 1 && title === null ? clean(textOf(node)) : null;
    if (h1 && !classifySection(h1)) title = h1;
    else visit(walk, node);
  }
  return {
    name: stringField(data.name) ?? title,
    headline: stringField(data.headline),
    file,
    evidence: walk.evidence,
  };
}

const stringField = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null;

function visit(walk: Walk, node: RootContent): void {
  const line = node.position?.start.line ?? 1;
  if (node.type === 'heading') {
    const heading = clean(textOf(node));
    const section = classifySection(heading);
    if (section || node.depth <= walk.depth) {
      Object.assign(walk, { section: section ?? 'summary', depth: node.depth, context: section ? null : heading, contextDepth: node.depth + 1 });
    } else if (walk.context === null || node.depth <= walk.contextDepth) {
      Object.assign(walk, { context: heading, contextDepth: node.depth });
      // A project or story is named by its heading; that name is evidence too.
      if (walk.section === 'projects' || walk.section === 'stories') add(walk, heading, line);
    }
    return;
  }
  if (node.type === 'list') for (const item of listItems(node)) add(walk, item.text, item.line, item.offset);
  else if (node.type === 'table') {
    // Each body row is one piece of evidence, its cells joined (a skills table gives one skill per cell).
    for (const row of node.children.slice(1)) {
      const cells = row.children.map((cell) => clean(textOf(cell))).filter(Boolean);
      add(walk, cells.join(', '), row.position?.start.line ?? line, row.position?.start.offset ?? 0);
    }
  }
  else if (node.type === 'paragraph' || node.type === 'blockquote') add(walk, clean(textOf(node)), line, node.position?.start.offset ?? 0);
}

function add(walk: Walk, text: string, line: number, offset?: number): void {
  if (!text) return;
  if (walk.section !== 'skills') {
    walk.evidence.push({ text, kind: KIND[walk.section], context: walk.context, source: { file: walk.file, line } });
    return;
  }
  for (const skill of splitSkills(text)) {
    // A wrapped paragraph of skills: each skill keeps the line it is written on.
    const at = offset === undefined ? -1 : walk.text.indexOf(skill, offset);
    const skillLine = at >= 0 ? lineAt(walk.text, at) : line;
    walk.evidence.push({ text: skill, kind: 'skill', context: walk.context, source: { file: walk.file, line: skillLine } });
  }
}

/** "Languages: Python, Go; SQL" → Python, Go, SQL; commas inside parentheses stay. */
export function splitSkills(text: string): string[] {
  const withoutLabel = text.replace(/^[^,;:()]{1,40}:\s+/, '');
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of withoutLabel) {
    if (ch === '(' || ch === '[') depth++;
    if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (depth === 0 && /[,;•|·]/.test(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((s) => s.replace(/\.$/, '').trim()).filter(Boolean);
}

function frontMatterSkills(data: Record<string, unknown>, text: string, file: string): Evidence[] {
  const raw = data.skills;
  const list = Array.isArray(raw) ? raw.filter((s): s is string => typeof s === 'string') : typeof raw === 'string' ? splitSkills(raw) : [];
  const keyAt = Math.max(text.search(/^skills\s*:/m), 0);
  let from = keyAt;
  return list.map((skill) => {
    const at = findString(text, skill, from);
    if (at >= 0) from = at + skill.length;
    return { text: skill.trim(), kind: 'skill' as const, context: null, source: { file, line: lineAt(text, at >= 0 ? at : keyAt) } };
  }).filter((e) => e.text);
}
