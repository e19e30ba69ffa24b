import { z } from 'zod';
import { Source } from './source.js';

// What the model says about the documents it was compiled from, and what they left open or unread.

export const DocumentKind = z.enum(['markdown', 'text']);
export const DocumentFamily = z.enum(['profile', 'prep-template', 'strategy', 'notes']);

export const SourceDocument = z
  .object({
    file: z.string(),
    kind: DocumentKind,
    family: DocumentFamily,
    title: z.string().nullable(),
    role: z.string().nullable().describe('role this document is about, if any'),
    asOf: z.string().nullable().describe('ISO date from front matter as_of'),
    url: z.string().nullable().describe('front matter source'),
    lines: z.number().int().nonnegative(),
    contentLines: z.number().int().nonnegative(),
    mappedLines: z.number().int().nonnegative(),
    chromeLines: z.number().int().nonnegative(),
    facts: z.number().int().nonnegative(),
  })
  .strict();

export const Gap = z
  .object({
    field: z.string(),
    text: z.string(),
    label: z.string().optional().describe('the field as the document writes it, e.g. "Have you used their products/services"'),
    source: Source,
  })
  .strict()
  .describe('an unfilled placeholder or empty field');

export const Unmapped = z.object({ text: z.string(), source: Source }).strict();

export type SourceDocument = z.infer<typeof SourceDocument>;
export type Gap = z.infer<typeof Gap>;
export type Unmapped = z.infer<typeof Unmapped>;
export type DocumentFamily = z.infer<typeof DocumentFamily>;
