import { escapeRegExp } from '../escape-regexp.js';

const patterns = new Map<string, RegExp>();

/**
 * Text between a pair of marks that wiki and org markup use for emphasis
 * (`*bold*`, `_it_`, `/it/`, `=code=`), rewritten with markdown's: the marks
 * hug a word on both sides and stand at word edges, so `a*b` or `2 * 3 * 4`
 * stay as they are. `marks` are the characters either end may be.
 */
export function rewriteMarks(text: string, marks: string, open: string, close = open): string {
  let pattern = patterns.get(marks);
  if (!pattern) {
    const mark = `[${escapeRegExp(marks)}]`;
    const inner = `[^${escapeRegExp(marks)}\\n]`;
    pattern = new RegExp(`(^|[\\s(])${mark}(\\S(?:${inner}*\\S)?)${mark}(?=$|[\\s).,;:!?])`, 'g');
    patterns.set(marks, pattern);
  }
  return text.replace(pattern, (_all, before: string, inside: string) => `${before}${open}${inside}${close}`);
}
