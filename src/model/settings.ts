import { z } from 'zod';
import { FORMATS, PAPERS } from './outputs.js';
import { Source } from './source.js';

/**
 * Build options a company's documents ask for in their front matter
 * (`formats: [md, pdf]`, `paper: letter`). They sit between the config file
 * and the command line: defaults < config < front matter < flags. Where the
 * packets go and whose evidence they use stay with the person building.
 */
export const CompanySettings = z
  .object({
    formats: z.object({ value: z.array(z.enum(FORMATS)).min(1), source: Source }).strict().optional(),
    paper: z.object({ value: z.enum(PAPERS), source: Source }).strict().optional(),
  })
  .strict()
  .meta({ id: 'CompanySettings', description: "build options from the documents' front matter, each with the line that set it" });
export type CompanySettings = z.infer<typeof CompanySettings>;
