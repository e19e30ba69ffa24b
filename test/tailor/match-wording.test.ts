import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itMatches, matchOne as match } from './helpers.js';

describe('"X management" and the skill "X" are about the same thing', () => {
  it.each([
    ['Curriculum development', 'Curriculum planning'],
    ['Risk management', 'Risk'],
    ['Agile delivery', 'Agile'],
  ])('%s is matched by the skill %s', (requirement, evidence) => {
    expect(match(requirement, evidence, 'skill', 'skill').matchedOn).toBe('overlap');
  });

  it.each([
    // one shared word in a sentence is the brief's weak match, whatever the rest of the requirement is
    ['Risk management', 'Tracked dependencies and risks in a weekly review', 'experience'],
    ['Time management', 'Reduced build time by 40%', 'experience'],
    ['Event planning', 'Processed 2 billion events a day', 'experience'],
    ['Account management', 'Set up AWS accounts for every team', 'experience'],
    ['Network design', 'Built a network of mentors', 'experience'],
    ['Time management', 'Time series', 'skill'],
    // the shared word is the activity, not what it is about
    ['Instructional design', 'Designed posters for the school fair', 'experience'],
    ['Stakeholder management', 'Managed a budget of £2m', 'experience'],
    // a word every résumé uses says little on its own
    ['Product management', 'Product', 'skill'],
    ['Data management', 'Built data quality dashboards', 'experience'],
  ] as const)('%s is not matched by %s', (requirement, evidence, kind) => {
    expect(match(requirement, evidence, 'skill', kind).matchedOn).toBe('none');
  });
});

describe('irregular past tenses meet their verb', () => {
  itMatches([
    ['Write guides and tutorials', 'Wrote the how-to guides for 45 colleagues'],
    ['Speak at conferences', 'Spoke at three conferences about testing'],
    ['Run online workshops', 'Ran online workshops every term'],
    ['Excellent written communication', 'Wrote weekly communication to 300 parents'],
    ['Teach data literacy', 'Taught data literacy to new analysts'],
  ], 'responsibility');
});

describe('alternatives: "A or B" asks for either', () => {
  it('a requirement of alternatives is fully met by one of them', () => {
    const either = match('Node.js or Python', 'Added a Node.js backend for the shop');
    expect(either.matchedOn).toBe('exact');
    expect(either.matchedTerms).toEqual(['node.js']);
    const oneOfThree = match('Server-side experience with Node.js or Python', 'Added a Node.js backend for the shop').score;
    expect(oneOfThree).toBeGreaterThan(match('Server-side experience with Node.js and Python', 'Added a Node.js backend for the shop').score);
  });

  it('the rest of the requirement is still asked', () => {
    expect(match('Payments integrations (Stripe or Adyen)', 'Integrated Adyen payments').matchedOn).toBe('stem');
    expect(match('Python or Go for automation and tooling', 'Python', 'requirement', 'skill').matchedOn).toBe('overlap');
  });
});

describe('alternatives: "A, B or similar" asks for any one of the list', () => {
  it.each([
    ['Experience with MLflow, Airflow or similar', 'MLflow'],
    ['Kafka, Pulsar, Kinesis or equivalent', 'Kinesis'],
    ['Terraform or comparable', 'Terraform'],
  ])('%s is fully met by the skill %s', (requirement, evidence) => {
    const row = match(requirement, evidence, 'requirement', 'skill');
    expect(row.matchedTerms).toEqual([evidence.toLowerCase()]);
    expect(row.score).toBe(match(evidence, evidence, 'requirement', 'skill').score);
  });

  it('whatever the list and whichever item the candidate has (property)', () => {
    const tools = ['Airflow', 'Dagster', 'Prefect', 'Luigi', 'MLflow', 'Kubeflow'];
    const list = fc.uniqueArray(fc.constantFrom(...tools), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(list, fc.nat(), fc.constantFrom('similar', 'equivalent'), (items, pick, closing) => {
        const evidence = items[pick % items.length]!;
        const row = match(`${items.join(', ')} or ${closing}`, evidence, 'requirement', 'skill');
        expect(row.score).toBe(1);
      }),
    );
  });

  it('a comma list without "or similar" still asks for each of its items', () => {
    const list = match('Kubernetes, Terraform, AWS or GCP', 'Kubernetes', 'requirement', 'skill').score;
    expect(list).toBeLessThan(match('Kubernetes, Terraform, AWS or similar', 'Kubernetes', 'requirement', 'skill').score);
  });
});

describe('more technologies that show a broad skill', () => {
  itMatches([
    ['Automated testing', 'Wrote Playwright end-to-end tests for checkout'],
    ['Learning management systems', 'Ran the school move to Moodle'],
    ['LMS administration', 'Ran the school move to Moodle'],
    ['Keep the CI pipeline green', 'Maintained the GitHub Actions pipeline'],
    ['Instructional design', 'Lesson planning for three year groups'],
  ]);
});

describe('word families a stemmer splits', () => {
  itMatches([
    ['Deployment automation', 'Deployed services with automation scripts'],
    ['Data analysis', 'Analyzed churn data for the board'],
    ['Data analysis', 'Analysed churn data for the board'],
    ['Employee surveys', 'Surveyed 400 employees about onboarding'],
  ]);
});

describe('alternatives, whatever they name', () => {
  it('"A or B" is fully answered by either, and "A and B" by neither alone', () => {
    const names = fc.constantFrom('Python', 'Kotlin', 'PostgreSQL', 'Kafka', 'Terraform', 'React', 'Rust', 'C++', 'Node.js', 'GraphQL');
    fc.assert(
      fc.property(names, names, fc.boolean(), (a, b, second) => {
        fc.pre(a !== b);
        const said = second ? b : a;
        expect(match(`${a} or ${b}`, `Wrote ${said} services`).matchedOn).not.toMatch(/none|overlap/);
        expect(match(`${a} and ${b}`, `Wrote ${said} services`).matchedOn).toBe('overlap');
      }),
    );
  });
});
