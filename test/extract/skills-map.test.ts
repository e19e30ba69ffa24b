import { describe, expect, it } from 'vitest';
import { modelOf } from '../helpers/model.js';

const TABLE = [
  '## Skills Mapping',
  '',
  '| My skill | Their requirement | Talking point |',
  '|---|---|---|',
  '| [fill in] | [fill in] | [fill in] |',
  '| TBD | Kubernetes | TODO |',
  '| Terraform | Infrastructure as code | Migrated 300 modules |',
  '| | | |',
  '',
].join('\n');

describe('a half-filled skills-mapping table', () => {
  const { company } = modelOf([{ name: 'prep.md', markdown: TABLE, frontMatter: { role: 'Site Reliability Engineer' } }]);
  const role = company.roles.find((r) => r.title === 'Site Reliability Engineer');

  it('keeps real rows, with placeholder cells left empty to fill in', () => {
    expect(role?.skillsMap.map((row) => [row.skill, row.requirement, row.talkingPoint])).toEqual([
      ['', 'Kubernetes', ''],
      ['Terraform', 'Infrastructure as code', 'Migrated 300 modules'],
    ]);
  });

  it('makes a row of placeholders (or of nothing) a gap at its line, never a requirement', () => {
    expect(company.gaps.map((gap) => [gap.field, gap.text, gap.source.line])).toEqual([
      ['skillsMap', '[fill in] | [fill in] | [fill in]', 5],
      ['skillsMap', '(empty)', 8],
    ]);
  });
});
