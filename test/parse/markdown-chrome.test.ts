import { describe, expect, it } from 'vitest';
import { modelOfText, texts } from '../helpers/model.js';

describe('a page clipped to markdown', () => {
  const page = [
    '# Acme - Data Engineer', // 1
    '',
    '[Follow](https://example.com/acme "Follow Acme")',
    '',
    '## What you\'ll do', // 5
    '',
    '- Run the pipelines',
    '',
    '[Apply for this job](https://jobs.example/acme/apply "Apply")',
    '', // 10
    'Acme is an equal opportunity employer. We welcome applications from everyone.',
    '',
    '[Jobs powered by Lever](https://lever.example "Lever")',
    '',
    'We ship weekly and share what we learn.', // 15
  ].join('\n');

  it('counts its buttons and boilerplate as chrome, not notes, and keeps its prose', () => {
    const { doc, company } = modelOfText('acme/posting.md', page);
    expect(doc.chrome.map((c) => c.line)).toEqual([3, 9, 11, 13]);
    expect(texts(company.roles[0]?.responsibilities ?? [])).toEqual(['Run the pipelines']);
    // Prose after the list, in the company's voice, is kept: a note of the role, not a duty.
    expect(texts(company.roles[0]?.notes ?? [])).toContain('We ship weekly and share what we learn.');
    expect(texts([...company.notes, ...company.unmapped, ...(company.roles[0]?.notes ?? [])]).join('\n')).not.toMatch(/Apply|equal opportunity|powered|Follow/i);
  });
});

describe('a rule between blocks', () => {
  it('is layout, counted as chrome, never an unmapped line', () => {
    const { doc, company } = modelOfText('acme/chat.md', ['Acme builds rope for harbours and ferries around the North Sea.', '', '---', '', '## Values', '', '- Candour', '', '***'].join('\n'));
    expect(doc.chrome.map((c) => c.line)).toEqual([3, 9]);
    expect(company.unmapped).toEqual([]);
  });
});
