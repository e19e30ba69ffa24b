import { clip } from '../clip.js';
import type { Company, Role } from '../model/company.js';
import type { Question } from '../model/packet.js';
import type { Fact } from '../model/source.js';
import { dropNearDuplicates } from './match/similarity.js';
import { AMBIGUOUS_SHORT, TECHNOLOGIES } from '../technologies.js';
import { extractTerms, termKeys, type Term } from './match/terms.js';
import { FALLBACK_FRAME, QUESTION_FRAMES } from './question-frames.js';
import { skillsOf, workOf } from './requirements.js';
import { word } from './wording.js';

/** How many technical questions to draw from responsibilities and from skills. */
const TECHNICAL_EACH = 4;

const frameKeys = QUESTION_FRAMES.map((f) => new Set(f.signals.flatMap((s) => [...termKeys(s)])));

/** The frame whose signals a value or culture line shares most; ties go to the earlier frame. */
function frameFor(text: string): string | null {
  const keys = [...termKeys(text)];
  let best: { question: string; hits: number } | null = null;
  for (const [i, frame] of QUESTION_FRAMES.entries()) {
    const hits = keys.filter((k) => frameKeys[i]?.has(k)).length;
    if (hits > 0 && (!best || hits > best.hits)) best = { question: frame.question, hits };
  }
  return best?.question ?? null;
}

/**
 * A question and what it is about, for spotting near-duplicates: generated
 * questions share their template's wording, so they compare by what was put in it.
 */
export interface Draft {
  question: Question;
  about: string;
}

function behavioral(company: Company): Draft[] {
  const fromValues = company.values.map((v): Draft => {
    const frame = frameFor(v.text);
    const text = word('question-value', { company: company.name, value: v.text, frame: frame ?? FALLBACK_FRAME });
    return { question: { text, kind: 'behavioral', origin: `value: ${v.text}`, source: v.source }, about: frame ?? v.text };
  });
  // Culture lines are sentences, not names: they ask a question only when a frame fits.
  const fromCulture = company.culture.flatMap((c): Draft[] => {
    const frame = frameFor(c.text);
    return frame ? [{ question: { text: frame, kind: 'behavioral', origin: `culture: ${clip(c.text)}`, source: c.source }, about: frame }] : [];
  });
  return [...fromValues, ...fromCulture];
}

/** A term naming a language, framework or product (Kotlin, k8s, C++, Go), not a practice (machine learning). */
const namesTool = (t: Term): boolean =>
  t.kind === 'technology' || (t.kind === 'concept' && (TECHNOLOGIES.has(t.key) || TECHNOLOGIES.has(t.surface) || AMBIGUOUS_SHORT.has(t.surface) || /[.+#]/.test(t.key)));

/** A skill that only names tools is asked about as something built with it, not as a time it "made the difference". */
function isTool(skill: string): boolean {
  const terms = extractTerms(skill, { asSkill: true });
  return terms.length > 0 && terms.every(namesTool);
}

function technical(company: Company, role: Role): Draft[] {
  const bare = (s: string): string => s.replace(/[.;:]+$/, '');
  // A role without its own responsibilities is asked about its family's work.
  const duties = role.responsibilities.length ? role.responsibilities : workOf(company, role);
  const fromWork = duties.slice(0, TECHNICAL_EACH).map((f: Fact): Draft => ({
    question: {
      text: word('question-responsibility', { responsibility: bare(f.text) }),
      kind: 'technical', origin: `${role.responsibilities.length ? 'responsibility' : 'work'}: ${clip(f.text)}`, source: f.source,
    },
    about: f.text,
  }));
  const fromSkills = skillsOf(company, role).slice(0, TECHNICAL_EACH).map((f: Fact): Draft => ({
    question: { text: word('question-skill', { skill: f.text, tool: isTool(f.text) ? 'yes' : null }), kind: 'technical', origin: `skill: ${f.text}`, source: f.source },
    about: f.text,
  }));
  return [...fromWork, ...fromSkills];
}

/** Questions they may ask: the profile's own for this role, then generated ones, without near-duplicates. */
export function collectQuestions(company: Company, role: Role): Question[] {
  const own = role.questions.map((f): Draft => ({ question: { text: f.text, kind: 'profile', origin: 'profile', source: f.source }, about: f.text }));
  return dropNearDuplicates([...own, ...behavioral(company), ...technical(company, role)], (d) => d.about).map((d) => d.question);
}
