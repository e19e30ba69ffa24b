import { describe, expect, it } from 'vitest';
import { itNeverMatches, matchOne as match } from './helpers.js';

describe('a technology is evidence for the broader skill it is used for', () => {
  it.each([
    ['Distributed Systems', 'Built a distributed training platform on Kubernetes for 40 researchers'],
    ['Distributed systems', 'Ran Kafka and Flink pipelines for payments events'],
    ['Machine learning', 'Trained PyTorch models for churn'],
    ['SQL', 'Tuned Postgres queries behind the billing reports'],
    ['Cloud platforms', 'Moved 30 services to AWS'],
    ['Infrastructure as code', 'Wrote Terraform modules for every environment'],
    ['Containers', 'Packaged every service with Docker'],
    ['Monitoring and alerting', 'Set up Prometheus alerts and Grafana dashboards'],
    ['Statistics', 'Ran A/B tests on the checkout for a year'],
  ])('%s is matched by %s', (requirement, evidence) => {
    const result = match(requirement, evidence);
    // related where the narrower thing answers all of it, overlap where only part
    expect(result.matchedOn).toBe(requirement === 'Cloud platforms' ? 'overlap' : 'related');
    // an implied skill is weaker evidence than the skill named outright
    expect(result.score).toBeLessThan(match(requirement, requirement).score);
  });

  it('says which technology stood for the skill', () => {
    expect(match('Distributed Systems', 'Operated Kafka clusters').matchedTerms).toEqual(['kafka → distributed systems']);
  });

  itNeverMatches([
    // the implied phrase must be the requirement's own, not two of its words apart
    ['Design ML systems', 'Ran Kubernetes clusters'],
    ['Systems thinking', 'Ran Kafka clusters'],
    // an implication runs from narrow to broad, never back
    ['Kubernetes', 'Designed distributed systems for payouts'],
    ['PyTorch', 'Trained machine learning models'],
  ]);

  it('prefers the skill named outright to one implied', () => {
    const direct = match('Distributed systems', 'Designed distributed systems for payouts').score;
    expect(direct).toBeGreaterThan(match('Distributed systems', 'Operated Kafka clusters').score);
  });
});

describe('what a match reports', () => {
  it('names the subject shared, not the generic verb', () => {
    const result = match('Build checkout features in React', 'Built the checkout flow in React', 'responsibility');
    expect(result.matchedTerms).toEqual(['checkout', 'react']);
  });

  it('a web framework shows web application work', () => {
    expect(match('Building web applications end to end', 'Built the checkout flow in React', 'requirement').matchedOn).toBe('overlap');
  });
});

describe('a name that says little about the skill', () => {
  itNeverMatches([
    ['Version control', 'A Python library with 1.2k GitHub stars'],
    ['Building web applications', 'Wrote TypeScript command-line tools'],
  ]);
});

describe('shared terms', () => {
  it('name a technology once where it also stands for a skill', () => {
    expect(match('React front end', 'Built the checkout in React', 'responsibility').matchedTerms).toEqual(['react → front end']);
  });
});

describe('spellings of one skill', () => {
  it.each([
    ['Frontend', 'Built the front end of the checkout'],
    ['Test automation', 'Automated testing of the billing API'],
  ])('%s is the same skill as %s', (requirement, evidence) => {
    expect(match(requirement, evidence).matchedOn).toBe('alias');
  });
});
