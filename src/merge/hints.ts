import type { Company } from '../model/company.js';
import type { Draft } from '../extract/draft.js';

/**
 * A field that prose only hints at (`a Dublin-based fintech`) is filled
 * from the first document hinting at it, and only when no document states
 * it: a hint never contradicts a stated fact, so it raises no conflict.
 */
export function fillFromHints(company: Company, drafts: readonly Draft[]): void {
  for (const { field, fact } of drafts.flatMap((draft) => draft.hints)) company.overview[field] ??= fact;
}
