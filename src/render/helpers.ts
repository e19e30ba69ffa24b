import type { HelperDelegate } from 'handlebars';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * The template helpers, documented in templates/README.md. Values reaching
 * them are already escaped for markdown, so they only arrange text. They never
 * throw: a field one packet leaves out (`amount`, `year`) reaches them as
 * undefined, and the strict check cannot tell a number from text, so a value
 * they cannot use prints as nothing rather than failing one build in many.
 */
export const helpers: Record<string, HelperDelegate> = {
  /** `{{src source}}`: a source as a `file:line` citation. */
  src: (source: { ref?: unknown } | null | undefined) => (typeof source?.ref === 'string' ? source.ref : ''),
  /** `{{percent 0.25}}`: `25%`. */
  percent: (ratio: unknown) => (isNumber(ratio) ? `${Math.round(ratio * 100)}%` : ''),
  /** `{{num coverage.matched 1}}`: a number rounded to at most that many decimals. */
  num: (value: unknown, digits: unknown) => {
    const places = typeof digits === 'number' && Number.isInteger(digits) && digits >= 0 && digits <= 20 ? digits : 2;
    return isNumber(value) ? String(Number(value.toFixed(places))) : '';
  },
  /** `{{join keywords ", "}}`: list items joined by a separator. */
  join: (items: unknown, separator: unknown) => (Array.isArray(items) ? items.join(typeof separator === 'string' ? separator : ', ') : ''),
  /** `{{#if (eq kind "swot")}}`: equality test. */
  eq: (left: unknown, right: unknown) => left === right,
  /** `{{or evidence "—"}}`: the first value that is not empty. */
  or: (...args: unknown[]) => args.slice(0, -1).find((value) => value !== null && value !== undefined && value !== '') ?? '',
};
