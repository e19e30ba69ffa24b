import { describe, expect, it } from 'vitest';
import { Company } from '../../src/model/company.js';
import { modelOf, texts } from '../helpers/model.js';

describe('tech stack buckets', () => {
  it('sort labels into the known buckets and keep other labels as their own', () => {
    const { company } = modelOf([{ name: 'a.md', markdown: '## Tech Stack\n\n- **Languages**: Rust, Go\n- **Observability**: Grafana\n' }]);
    expect(texts(company.techStack.languages)).toEqual(['Rust', 'Go']);
    expect(texts((company.techStack as Record<string, { text: string }[]>).observability ?? [])).toEqual(['Grafana']);
  });

  it('read a table of layers and tools: the first cell is the label, the others its tools; the header is not unmapped', () => {
    const { company } = modelOf([{ name: 'a.md', markdown: '## Tech Stack\n\n| Layer | Tools |\n|---|---|\n| Languages | Rust, Python |\n| Infra | AWS | Terraform |\n' }]);
    expect(texts(company.techStack.languages)).toEqual(['Rust', 'Python']);
    expect(texts(company.techStack.cloud)).toEqual(['AWS', 'Terraform']);
    expect(company.unmapped).toEqual([]);
  });

  it('take labels named like Object.prototype members as buckets, across documents, without a crash', () => {
    const stack = '## Tech Stack\n\n- **Constructor**: Rust\n- **Value Of**: Elm\n- **__proto__**: Go\n';
    const { company, diagnostics } = modelOf([
      { name: 'a.md', markdown: stack },
      { name: 'b.md', markdown: '## Tech Stack\n\n- **Constructor**: C\n' },
    ]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const bucket = (name: string): string[] => texts((company.techStack as Record<string, { text: string }[]>)[name] ?? []);
    expect(bucket('constructor')).toEqual(['Rust', 'C']);
    expect(bucket('valueOf')).toEqual(['Elm']);
    expect(Object.getPrototypeOf(company.techStack)).toBe(Object.prototype);
    expect(Company.safeParse(JSON.parse(JSON.stringify(company))).success).toBe(true);
  });
});

describe('a `Tech stack:` line outside a stack section', () => {
  it('fills the stack, even right after a requirements list, instead of becoming a requirement', () => {
    const markdown = '## Requirements\n\n- SQL\n\n**Tech stack:** Go, Postgres, AWS\n';
    const { company } = modelOf([{ name: 'a.md', markdown, frontMatter: { role: 'Backend Engineer' } }]);
    expect(texts(company.techStack.other ?? [])).toEqual(['Go', 'Postgres', 'AWS']);
    expect(texts(company.roles[0]?.requirements ?? [])).toEqual(['SQL']);
  });
});

describe('a fact table with a blank value cell', () => {
  it('is a gap for that field, as `**Website**:` with nothing after it is, not a note reading `Website |`', () => {
    const markdown = '## Company overview\n\n| Field | Value |\n|---|---|\n| Founded | 1963 |\n| Website | |\n\n## Tech stack\n\n| Layer | Today |\n|---|---|\n| Mobile | |\n';
    const { company } = modelOf([{ name: 'a.md', markdown }]);
    expect(company.overview.founded?.text).toBe('1963');
    expect(company.gaps.map((g) => [g.field, g.source.line])).toEqual([['notes.website', 6], ['techStack.mobile', 12]]);
    expect(company.notes).toEqual([]);
  });
});
