import { z } from 'zod';
import { ContentError } from '../errors.js';
import type { Candidate, Evidence, EvidenceKind } from './types.js';
import { lineAt } from './lines.js';

// Only the parts of JSON Resume (jsonresume.org) that prep reads; the rest is ignored.
const text = z.string().optional().catch(undefined);
const texts = z.array(z.unknown()).optional().catch(undefined).transform((a) => (a ?? []).filter((s): s is string => typeof s === 'string'));
// One malformed entry (null, a number) is skipped, not the whole list.
const JsonResume = z.object({
  basics: z.object({ name: text, label: text, summary: text }).partial().optional().catch(undefined),
  skills: z.array(z.object({ name: text, keywords: texts }).partial().catch({})).optional().catch(undefined),
  work: z.array(z.object({ name: text, company: text, position: text, summary: text, highlights: texts }).partial().catch({})).optional().catch(undefined),
  projects: z.array(z.object({ name: text, description: text, highlights: texts }).partial().catch({})).optional().catch(undefined),
});

/** A JSON Resume: every piece of evidence points at the line its string is written on. */
export function parseJsonResume(source: string, file: string): Candidate {
  const parsed = JsonResume.safeParse(parseJson(source, file));
  const resume = parsed.success ? parsed.data : {};
  if (!resume.basics && !resume.skills && !resume.work && !resume.projects) {
    throw new ContentError(`${file}: not a JSON Resume: no basics, skills, work or projects.`, {
      hint: 'See https://jsonresume.org/schema, or write the candidate as markdown.',
    });
  }
  const strings = stringsOf(source);
  let cursor = 0;
  const evidence: Evidence[] = [];
  const add = (value: string | undefined, kind: EvidenceKind, context: string | null): void => {
    if (!value?.trim()) return;
    // The next string literal, as written, that reads as this value: escapes (\u00e9, \/) and all.
    const found = strings.findIndex((s, i) => i >= cursor && s.value === value);
    const at = found >= 0 ? found : strings.findIndex((s) => s.value === value);
    if (at >= 0) cursor = at;
    const offset = strings[at]?.offset;
    evidence.push({ text: value.trim(), kind, context, source: { file, line: offset === undefined ? 1 : lineAt(source, offset) } });
  };
  add(resume.basics?.summary, 'summary', null);
  for (const skill of resume.skills ?? []) {
    add(skill.name, 'skill', null);
    for (const keyword of skill.keywords ?? []) add(keyword, 'skill', skill.name ?? null);
  }
  for (const job of resume.work ?? []) {
    const context = [job.position, job.name ?? job.company].filter(Boolean).join(', ') || null;
    add(job.summary, 'experience', context);
    for (const highlight of job.highlights ?? []) add(highlight, 'experience', context);
  }
  for (const project of resume.projects ?? []) {
    add(project.name, 'project', project.name ?? null);
    add(project.description, 'project', project.name ?? null);
    for (const highlight of project.highlights ?? []) add(highlight, 'project', project.name ?? null);
  }
  return { name: resume.basics?.name?.trim() || null, headline: resume.basics?.label?.trim() || null, file, evidence };
}

/** Every string literal of a JSON text, decoded, with where it starts. */
function stringsOf(source: string): { value: string; offset: number }[] {
  return [...source.matchAll(/"(?:[^"\\]|\\.)*"/g)].map((match) => ({ value: JSON.parse(match[0]) as string, offset: match.index }));
}

function parseJson(source: string, file: string): unknown {
  try {
    return JSON.parse(source);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? `:${lineAt(source, Number(position[1]))}` : '';
    throw new ContentError(`${file}${line}: not valid JSON: ${message.replace(/^JSON\.parse: /, '')}.`, {
      hint: 'Fix the JSON (a validator such as `node -e "JSON.parse(require(\'fs\').readFileSync(0))" < file` points at the error).',
    });
  }
}
