import type { Source } from '../model/source.js';

/** Where a piece of evidence was written: a skills list, a job, a project, a story, or a summary line. */
export type EvidenceKind = 'skill' | 'experience' | 'project' | 'story' | 'summary';

/** One thing the candidate wrote about themselves, with where they wrote it. */
export interface Evidence {
  text: string;
  kind: EvidenceKind;
  /** The job, project or story it belongs to, as written (`ML Engineer, Acme`). */
  context: string | null;
  source: Source;
}

/** A candidate as read from their file; nothing here is inferred beyond what they wrote. */
export interface Candidate {
  name: string | null;
  headline: string | null;
  /** The file as the user named it (relative to the working directory when inside it). */
  file: string;
  evidence: Evidence[];
  /** Set when the file is not UTF-8 but was read as Windows-1252, as an old Word saves it: the CLI says so. */
  encoding?: 'windows-1252';
}
