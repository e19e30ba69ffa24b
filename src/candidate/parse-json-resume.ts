import { z } from 'zod';
import { ContentError } from '../errors.js';
import type { Candidate, Evidence, EvidenceKind } from './types.js';
import { findString, lineAt } from './lines.js';

// Only the parts of JSON Resume (jsonresume.org) that prep reads; the rest is ignored.
const text = z.string().optional().catch(undefined);
const texts = z.array(z.unknown()).optional().catch(undefined).transform((a) => (a ?? []).filter((s): s is string => typeof s === 'string'));
const JsonResume = z.object({
  basics: z.object({ name: text, label: text, summary: text }).partial().optional().catch(undefined),
  skills: z.array(z.object({ name: text, keywords: texts }).partial()).optional().catch(undefined),
  work: z.array(z.object({ name: text, company: text, position: text, summary: text, highlights: texts }).partial()).optional().catch(undefined),
  projects: z.array(z.object({ name: text, description: text, highlights: texts }).partial()).optional().catch(undefined),
});

/** A JSON Resume: every piece of evidence points at the line its string is written on. */
export function parseJsonResume(source: string, file: string): Candidate {
  const resume = JsonResume.parse(parseJson(source, file));
  if (!resume.basics && !resume.skills && !resume.work && !resume.projects) {
    throw new ContentError(`${file}: not a JSON Resume: no basics, skills, work or projects.`, {
      hint: 'See https://jsonresume.org/schema, or write the candidate as markdown.',
    });
  }
  let cursor = 0;
  const evidence: Evidence[] = [];
  const add = (value: string | undefined, kind: EvidenceKind, context: string | null): void => {
    if (!value?.trim()) return;
    const at = findString(source, JSON.stringify(value), cursor);
    if (at >= 0) cursor = at;
    evidence.push({ text: value.trim(), kind, context, source: { file, line: at >= 0 ? lineAt(source, at) : 1 } });
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
