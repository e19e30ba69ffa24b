import { jobTitleIn } from '../roles/role-nouns.js';
import type { Inference } from './infer-role.js';

/**
 * "I'm looking at the Senior Product Designer opening": notes of a call or
 * a chat about one opening name its role in prose, under no heading of the
 * role's own. Only when every such mention names the same title: a page
 * that names two is about neither.
 */
const OPENING = /\b[Tt]he ((?:\p{Lu}[\p{L}\p{N}'’.+#/&-]*\s+){0,4}\p{Lu}\p{L}*) (?:role|opening|position|vacancy|posting)\b/gu;
/**
 * One mention at least must be of an opening one is after or talks about (`looking at`, `applying for`,
 * `asked about` the role): a blog post that `introduced the Staff Engineer role` is about a career ladder.
 */
const SOUGHT = /\b(?:about|for|at|into) $/i;

export function mentionedRole(lines: readonly string[]): Inference | undefined {
  const found: Inference[] = [];
  let sought = false;
  lines.forEach((text, index) => {
    for (const match of text.matchAll(OPENING)) {
      const title = jobTitleIn(match[1]!);
      if (title === undefined || title !== match[1]) continue;
      found.push({ title, match: match[0], line: index + 1, mentions: 1 });
      sought ||= SOUGHT.test(text.slice(0, match.index));
    }
  });
  const [first] = found;
  if (!first || !sought || found.some((other) => other.title.toLowerCase() !== first.title.toLowerCase())) return undefined;
  return { ...first, mentions: found.length };
}
