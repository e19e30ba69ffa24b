import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelShown } from '../../src/render/label-case.js';
import { loadPacket, md } from './fixtures.js';

describe('a fact label as the packet prints it', () => {
  it('starts a label written all in lower case with a capital, as prep\'s own labels do', () => {
    expect(labelShown('time type')).toBe('Time type');
    expect(labelShown('job requisition id')).toBe('Job requisition id');
  });

  it('keeps a label whose first word has capitals of its own as written', () => {
    for (const label of ['iOS platform', 'eBay sellers', 'PLATFORM', 'Team', 'x86 builds'.toUpperCase()]) expect(labelShown(label)).toBe(label);
  });

  it('changes nothing but the first letter, and only once', () => {
    const word = fc.stringMatching(/^[a-zA-Zé0-9]{1,8}$/);
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
      const label = words.join(' ');
      const shown = labelShown(label);
      expect(shown.slice(1)).toBe(label.slice(1));
      expect(labelShown(shown)).toBe(shown);
      const lowerFirst = /^[a-zé0-9]+$/.test(words[0]!) && /^[a-zé]/.test(label);
      expect(shown.charAt(0)).toBe(lowerFirst ? label.charAt(0).toUpperCase() : label.charAt(0));
    }));
  });

  it('is what the markdown packet prints over a note written under a lower-case label', async () => {
    const packet = loadPacket('worksheet');
    const note = { text: 'Full time', label: 'time type', source: { file: 'acme/posting.txt', line: 9 } };
    const labelled = { ...packet, company: { ...packet.company, notes: [note] } };
    const text = await md(labelled);
    expect(text).toContain('Time type');
    expect(text).not.toContain('time type');
  });
});
