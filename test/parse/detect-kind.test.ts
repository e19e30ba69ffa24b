import { describe, expect, it } from 'vitest';
import { detectKind, scoreKind } from '../../src/parse/detect-kind.js';

describe('detectKind', () => {
  it.each([
    ['ATX headings', '# Acme\n\n## Overview\nAcme makes anvils.\n'],
    ['setext headings and bold labels', 'Acme\n====\n\n**Founded**: 1950\n'],
    ['a pipe table', 'Skills\n\n| Skill | Level |\n|---|---|\n| Go | high |\n'],
    ['a table without outer pipes', 'Skill | Level\n--- | ---\nGo | high\n'],
    ['lists and links', '- [Site](https://acme.example)\n- Another item\n- **Bold** item\n'],
    ['numbered lists with bold', '1. **Plan** it\n2) Ship it\n3. Measure it\n'],
  ])('reads %s as markdown', (_name, body) => {
    expect(detectKind(body)).toBe('markdown');
  });

  it.each([
    ['a scraped page with • bullets', 'Company Profile\n\nWhat They Build\n\n  • Anvils for everyone.\n  • Rockets too.\n'],
    ['bare lines only', 'Acme\n\nOverview\n\nAcme makes anvils.\n'],
    ['a lone rule and pipes', 'Acme\n\n|\n\n---\n\nText here.\n'],
    ['one stray dash bullet among • bullets', 'Plan\n  • One\n  • Two\n  • Three\n- four\n'],
    ['dash lists with no other markdown syntax', 'Acme\n\nWhat they want\n- Go\n- Kafka\n- SQL\n\nNext steps\n1. Call\n2. Onsite\n'],
  ])('reads %s as text', (_name, body) => {
    expect(detectKind(body)).toBe('text');
  });

  it('weighs markdown against text evidence', () => {
    const score = scoreKind('# Title\n• one\n• two\n');
    expect(score.markdown).toBeGreaterThan(0);
    expect(score.text).toBe(2);
  });
});
