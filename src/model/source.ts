import { z } from 'zod';

/**
 * Provenance. Every fact carries the place it came from: `file` is relative to
 * the profiles directory (`netflix/company-profile.txt`), so the model is the
 * same whatever the working directory; `line` is 1-based.
 */
export const Source = z
  .object({
    file: z.string().min(1),
    line: z.number().int().positive(),
  })
  .strict()
  .meta({ id: 'Source', description: 'Where a fact came from: file (relative to the profiles directory) and 1-based line.' });
export type Source = z.infer<typeof Source>;

/** Whether two facts were read from one line of one file. */
export const sameLine = (a: Source, b: Source): boolean => a.file === b.file && a.line === b.line;

/** One fact: its text as written, an optional label (`PLATFORM` in `PLATFORM: …`), and its source. */
export const Fact = z
  .object({
    text: z.string().min(1),
    label: z.string().min(1).optional(),
    source: Source,
  })
  .strict()
  .meta({ id: 'Fact' });
export type Fact = z.infer<typeof Fact>;

/** A list of facts, empty when absent. */
export const facts = () => z.array(Fact).default([]);

/**
 * A single-valued fact. When documents disagree, the most specific value wins
 * and the others are kept in `alternatives`, so nothing is lost.
 */
export const Scalar = Fact.extend({
  alternatives: z.array(z.object({ text: z.string(), source: Source }).strict()).optional(),
}).meta({ id: 'Scalar' });
export type Scalar = z.infer<typeof Scalar>;

/** Money as written, plus what could be read from it. */
export const Money = Scalar.extend({
  amount: z.number().nonnegative().optional().describe('in units of currency, e.g. 33700000000'),
  currency: z.string().length(3).optional().describe('ISO 4217 code, e.g. USD'),
  year: z.number().int().optional(),
}).meta({ id: 'Money' });
export type Money = z.infer<typeof Money>;
