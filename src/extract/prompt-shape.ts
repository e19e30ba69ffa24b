/**
 * Verbs an interviewer's prompt starts with (`Describe a time…`, `Walk me
 * through…`, `Design a pipeline…`): the imperative form of a question.
 */
const PROMPT_VERBS: ReadonlySet<string> = new Set(
  `describe explain walk tell talk take run go give share discuss compare contrast estimate model sketch outline
  define list name solve derive prove calculate compute create design build implement write code optimize optimise
  find debug review critique present propose suggest evaluate analyze analyse rank prioritize prioritise justify
  summarize summarise convince pitch draw diagram architect plan improve scale identify detect predict forecast
  recommend imagine suppose consider pick choose rate reverse sort`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words a question opens with, though its `?` was left off. */
const INTERROGATIVES: ReadonlySet<string> = new Set(['how', 'what', 'why', 'when', 'where', 'which', 'who', 'can', 'could', 'would', 'should', 'have', 'do', 'did']);

/** Fewer words than this is a page's label (`Accepted Offer`, `Application`), not a prompt. */
const MIN_WORDS = 3;

/**
 * A line that asks something: ends in `?`, or opens with a question word or
 * a prompt's verb (`Walk me through your last project`). A review's other
 * lines (`I applied online.`, `Three rounds, friendly`) are not.
 */
export function isPrompt(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (text.trim().endsWith('?')) return true;
  if (words.length < MIN_WORDS) return false;
  const first = (words[0] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  return PROMPT_VERBS.has(first) || INTERROGATIVES.has(first);
}
