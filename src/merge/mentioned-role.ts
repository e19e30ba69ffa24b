import { jobTitleIn } from '../roles/role-nouns.js';
import type { Inference } from './infer-role.js';

/**
 * "I'm looking at the Senior Product Designer opening": notes of a call or
 * a chat about one opening name its role in prose, under no heading of the
 * role's own. Only when every such mention names the same title: a page
 * that names two is about neither.
 */
const OPENING = /\b[Tt]he ((?:\p{Lu}[\p{L}\p{N}'’.+#/&-]*\s+){0,4}\p{Lu}\p{L}*) (?:role|opening|position|vacancy|posting)\b/gu;

export function mentionedRole(lines: readonly string[]): Inference | undefined {
  const found: Inference[] = [];
  lines.forEach((text, index) => {
    for (const match of text.matchAll(OPENING)) {
      const title = jobTitleIn(match[1]!);
      if (title !== undefined && title === match[1]) found.push({ title, match: match[0], line: index + 1, mentions: 1 });
    }
  });
  const [first] = found;
  if (!first || found.some((other) => other.title.toLowerCase() !== first.title.toLowerCase())) return undefined;
  return { ...first, mentions: found.length };
}
