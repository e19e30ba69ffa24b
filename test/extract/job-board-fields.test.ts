import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Company } from '../../src/model/company.js';
import { readText } from '../../src/parse/text-reader.js';
import { fixtures } from '../helpers/cli.js';
import { modelOfText } from '../helpers/model.js';

// A Workday posting whose field names are lower case, each on its own line over its value.
const posting = readFileSync(path.join(fixtures, 'profiles-items7/tarnhollow/workday-firmware-engineer.txt'), 'utf8');
const titleCased = posting.replace(/^(locations|time type|posted on|job requisition id)$/gm, (name) => name.replace(/\b\p{L}/gu, (c) => c.toUpperCase()));
const roleNotes = (c: Company) => c.roles.flatMap((r) => r.notes.map((n) => [n.label ?? null, n.text]));
const fieldsOf = (c: Company) => ({
  headquarters: c.overview.headquarters?.text,
  notes: roleNotes(c).filter(([label]) => label !== null).map(([label, text]) => [label?.toLowerCase(), text]),
  companyNotes: c.notes.map((n) => n.text),
});

describe('job-board field names in lower case', () => {
  const { doc, company } = modelOfText('acme/workday.txt', posting);

  it('are fields of the posting, each with the value on the line below', () => {
    expect(company.overview.headquarters).toMatchObject({ text: 'Bristol, England', label: 'locations', source: { line: 7 } });
    expect(roleNotes(company)).toContainEqual(['time type', 'Full time']);
    expect(roleNotes(company)).toContainEqual(['job requisition id', 'JR-2291']);
    expect(company.notes.map((n) => n.text).join(' ')).not.toMatch(/time type|requisition|posted on|JR-2291/);
  });

  it('leave the posting date as page chrome, its field name with it', () => {
    expect(doc.chrome.map((c) => c.line)).toEqual(expect.arrayContaining([11, 12]));
  });

  it('read the same as the Title Case form', () => {
    expect(fieldsOf(modelOfText('acme/workday.txt', titleCased).company)).toEqual(fieldsOf(company));
  });

  it('leave an ordinary lower-case line that happens to be a field name inside its paragraph', () => {
    expect(company.roles[0]?.team).toBeNull();
    expect(roleNotes(company)).toContainEqual([null, 'You will join the sensor firmware team and own the drivers behind our hydrophone arrays, from the ADC to the radio link.']);
  });
});

describe('a lower-case field name inside wrapped prose', () => {
  // Ordinary prose words: random letters can spell a heading's word ("okr"), and a short line of one is a heading, rightly;
  // the line above starts "We build", as "We and the" is Title Case, a heading too.
  const word = fc.constantFrom('we', 'build', 'small', 'sensor', 'drivers', 'with', 'the', 'people', 'who', 'ship', 'radio', 'and', 'our', 'quietly');
  const line = fc.array(word, { minLength: 2, maxLength: 6 }).map((words) => words.join(' '));
  it('carries on the line above it when no other field name is beside it', () => {
    fc.assert(fc.property(fc.array(line, { minLength: 2, maxLength: 5 }), fc.constantFrom('team', 'locations', 'time type', 'department'), (lines, name) => {
      const text = ['Intro', '', `We build ${lines[0]}`, name, ...lines.slice(1)].join('\n');
      const holder = readText(text).tree.children.find((node) => node.position?.start.line === 3);
      expect(holder?.type).toBe('paragraph');
      expect(holder?.position?.end.line).toBeGreaterThanOrEqual(4);
    }));
  });
});
