import { z } from 'zod';
import { FORMATS, PAPERS } from '../model/outputs.js';

// One list of formats and paper sizes: model/outputs.ts'.
const Format = z.enum(FORMATS);
const Paper = z.enum(PAPERS);

export const ConfigTarget = z
  .object({
    company: z.string().min(1).describe('company id (a folder under the profiles directory)'),
    roles: z.array(z.string().min(1)).optional().describe('role titles, slugs or abbreviations; all roles when omitted'),
    formats: z.array(Format).min(1).optional().describe('formats for this company, overriding the top-level formats'),
  })
  .strict();
export type ConfigTarget = z.infer<typeof ConfigTarget>;

/**
 * prep.config.{yaml,yml,json} in the working directory. Paths are relative to
 * the config file. Strict: an unknown key is an error, never ignored.
 */
export const Config = z
  .object({
    $schema: z.string().optional().describe('for editors; ignored by prep'),
    targets: z.array(ConfigTarget).optional().describe('what `prep build --all` builds; every company × role when omitted'),
    candidate: z.string().min(1).optional().describe('candidate profile (markdown or JSON Resume)'),
    out: z.string().min(1).optional().describe('output directory'),
    formats: z.array(Format).min(1).optional().describe('output formats'),
    paper: Paper.optional().describe('paper size for HTML and PDF'),
  })
  .strict();
export type Config = z.infer<typeof Config>;

export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Config, { io: 'input' }) as Record<string, unknown>;
}
