/**
 * Candidate-file section headings and what they hold. One data table, matched
 * on the heading's words, so "Work Experience", "💼 Experience" and
 * "Professional experience" all land in the same place.
 */
export type CandidateSection = 'skills' | 'experience' | 'projects' | 'stories' | 'summary';

const SECTION_SYNONYMS: Record<Exclude<CandidateSection, 'summary'>, readonly string[]> = {
  skills: ['skills', 'technical skills', 'core skills', 'key skills', 'tech stack', 'technology stack', 'technologies', 'tools', 'competencies', 'toolbox'],
  experience: ['experience', 'work experience', 'professional experience', 'employment', 'employment history', 'work history', 'career', 'jobs'],
  projects: ['projects', 'selected projects', 'side projects', 'personal projects', 'open source', 'portfolio'],
  stories: ['stories', 'star stories', 'behavioral stories', 'behavioural stories', 'interview stories', 'examples', 'star examples'],
};

const key = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The section a heading opens, or null when it is not a section heading. */
export function classifySection(heading: string): CandidateSection | null {
  const k = key(heading);
  for (const [section, names] of Object.entries(SECTION_SYNONYMS)) {
    if (names.includes(k)) return section as CandidateSection;
  }
  return null;
}
