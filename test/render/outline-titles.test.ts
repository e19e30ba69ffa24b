import { describe, expect, it } from 'vitest';
import { outlineFixes } from '../../src/render/pdf/outline-titles.js';
import { textString } from '../../src/render/pdf/pdf-info.js';

const pdf = (...objects: string[]) => Buffer.from(`%PDF-1.7\n${objects.join('\n')}\n%%EOF\n`, 'latin1');

describe('bookmark titles', () => {
  it('gives a title that lost the spaces of a wrapped heading its heading back, keeping its other keys', () => {
    const fixes = outlineFixes(
      pdf('7 0 obj\n<</Title (Acme \\(UK\\): Machine LearningEngineer)\n/Dest [2 0 R /XYZ 45 787 0]\n/Parent 6 0 R\n/Next 8 0 R>>\nendobj'),
      ['Acme (UK): Machine Learning Engineer'],
    );
    expect(fixes).toEqual([
      { number: 7, body: `<</Title ${textString('Acme (UK): Machine Learning Engineer')}\n/Dest [2 0 R /XYZ 45 787 0]\n/Parent 6 0 R\n/Next 8 0 R>>` },
    ]);
  });

  it('reads titles Chrome writes in UTF-16, and leaves titles that are already right or are no heading', () => {
    const wrapped = textString('株式会社みらい: 機械学習エンジニアMachine Learning Engineer');
    const fixes = outlineFixes(
      pdf(
        `3 0 obj\n<</Title ${wrapped}\n/Parent 2 0 R>>\nendobj`,
        '4 0 obj\n<</Title (At a glance)\n/Parent 2 0 R>>\nendobj',
        '5 0 obj\n<</Title (Something elsealtogether)\n/Parent 2 0 R>>\nendobj',
      ),
      ['株式会社みらい: 機械学習エンジニア Machine Learning Engineer', 'At a glance'],
    );
    expect(fixes.map((fix) => fix.number)).toEqual([3]);
    expect(fixes[0]!.body).toContain(textString('株式会社みらい: 機械学習エンジニア Machine Learning Engineer'));
  });
});
