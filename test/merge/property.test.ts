import { runs } from '../helpers/runs.js';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compile } from '../../src/compile.js';
import { Company } from '../../src/model/company.js';
import { SECTION_KINDS } from '../../src/classify/headings.js';

const root = mkdtempSync(path.join(tmpdir(), 'prep-prop-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const headings = Object.values(SECTION_KINDS).flat();
const word = fc.constantFrom('Acme', 'rocket', 'Python', 'TBD', '[Yes/No]', 'N/A', 'ML engineers', 'SRE', '$4.2B', '2019', 'Los Angeles, CA', '🇺🇸', '—', '|', '', 'constructor', '__proto__', 'Value Of');
const phrase = fc.array(fc.oneof(word, fc.string({ maxLength: 12 })), { maxLength: 6 }).map((words) => words.join(' '));
const line = fc.oneof(
  fc.constantFrom(...headings).map((h) => h),
  fc.tuple(fc.constantFrom('#', '##', '###', '####'), fc.oneof(fc.constantFrom(...headings), phrase)).map(([h, t]) => `${h} ${t}`),
  fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '1) ', '  • ', '    - '), phrase).map(([b, t]) => b + t),
  fc.tuple(fc.constantFrom('**Founded**: ', '**HQ:** ', '__Revenue__: ', 'VALUES: ', 'Market Cap: ', '- **Core values**:', 'role: ', '- **Constructor**: ', '**__proto__**: '), phrase).map(([l, t]) => l + t),
  fc.tuple(phrase, phrase).map(([a, b]) => `| ${a} | ${b} |`),
  fc.constantFrom('|---|---|', '---', '<!-- note -->', 'The Role: Site Reliability Engineer', 'Software EngineerData ScientistProduct Manager'),
  phrase,
);
const doc = fc.array(line, { maxLength: 25 }).map((lines) => lines.join('\n'));

let run = 0;

describe('compile on random documents', () => {
  it('never throws, and every model validates against the schema', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(doc, { minLength: 1, maxLength: 3 }), fc.boolean(), async (docs, frontMatter) => {
        const id = `co-${(run += 1)}`;
        mkdirSync(path.join(root, id));
        docs.forEach((text, i) => {
          const head = frontMatter && i === 0 ? '---\ncompany: Acme Rockets\nrole: mle\naliases: [acme]\n---\n' : '';
          writeFileSync(path.join(root, id, `doc-${i}.${i % 2 ? 'txt' : 'md'}`), head + text);
        });
        const { company, diagnostics } = await compile(root, id, { cwd: root });
        expect(Company.safeParse(company).success).toBe(true);
        // compile turns a stage's crash into a diagnostic; on any input that is a bug all the same.
        expect(diagnostics.filter((d) => d.ruleId === 'extract-error' || d.ruleId === 'parse-error')).toEqual([]);
        for (const source of company.sources) expect(source.mappedLines).toBeLessThanOrEqual(source.contentLines);
      }),
      { numRuns: runs(80) },
    );
  });
});
