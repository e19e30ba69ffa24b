import type { HelperDelegate } from 'handlebars';

/**
 * The template helpers, documented in templates/README.md. Values reaching
 * them are already escaped for markdown, so they only arrange text.
 */
export const helpers: Record<string, HelperDelegate> = {
  /** `{{src source}}`: a source as a `file:line` citation. */
  src: (source: { ref?: string } | null | undefined) => source?.ref ?? '',
  /** `{{percent 0.25}}`: `25%`. */
  percent: (ratio: number) => `${Math.round(ratio * 100)}%`,
  /** `{{num coverage.matched 1}}`: a number rounded to at most that many decimals. */
  num: (value: number, digits: unknown) => String(Number(value.toFixed(typeof digits === 'number' ? digits : 2))),
  /** `{{join keywords ", "}}`: list items joined by a separator. */
  join: (items: unknown[], separator: unknown) => items.join(typeof separator === 'string' ? separator : ', '),
  /** `{{#if (eq kind "swot")}}`: equality test. */
  eq: (left: unknown, right: unknown) => left === right,
  /** `{{or evidence "—"}}`: the first value that is not empty. */
  or: (...args: unknown[]) => args.slice(0, -1).find((value) => value !== null && value !== undefined && value !== '') ?? '',
};
