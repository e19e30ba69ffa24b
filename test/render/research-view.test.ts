import { describe, expect, it } from 'vitest';
import { loadPacket, md } from './fixtures.js';
import { section } from './markdown-text.js';


describe('the research checklist', () => {
  it('puts items of one topic under one subheading, shows placeholders without brackets, and keeps every item', async () => {
    const packet = loadPacket('mle');
    const source = { file: 'lumen-maps/mle.md', line: 50 };
    packet.research = [
      { field: 'personalExperience.durationOfUse', text: "[How long you've used them]", source },
      { field: 'personalExperience.frequencyOfUse', text: '[How often]', source },
      { field: 'role.team', text: 'Which team the role sits in.', source },
    ];
    const research = section(await md(packet), 'Research to finish');
    expect(research).toContain("### Personal experience\n\n- [ ] **Duration of use:** How long you've used them `lumen-maps/mle.md:50`\n- [ ] **Frequency of use:** How often `");
    expect(research).toContain('- [ ] **Role › team:** Which team the role sits in.');
    expect(research.indexOf('Role › team')).toBeLessThan(research.indexOf('### Personal experience'));
  });

  it('names an item by its label as the document wrote it, which the field id cannot spell', async () => {
    const packet = loadPacket('mle');
    const source = { file: 'lumen-maps/mle.md', line: 50 };
    packet.research = [
      { field: 'personalExperience.haveYouUsedTheirProductsServices', label: 'Have you used their products/services?', text: '[Yes/No]', source },
      { field: 'personalExperience.durationOfUse', text: '[How long]', source },
    ];
    const research = section(await md(packet), 'Research to finish');
    expect(research).toContain('- [ ] **Have you used their products/services:** Yes/No');
    expect(research).toContain('- [ ] **Duration of use:** How long');
  });
});
