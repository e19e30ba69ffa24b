import { runs } from '../helpers/runs.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chipsOf, splitChips } from '../../src/parse/chips.js';
import { collectVocabulary } from '../../src/parse/vocabulary.js';

const none = new Set<string>();
const texts = (line: string, vocabulary: ReadonlySet<string> = none) => splitChips(line, vocabulary)?.map((c) => c.text);

describe('splitChips', () => {
  it('splits Title Case chips at lower→Upper glue points', () => {
    expect(texts('Software EngineerMachine Learning EngineerProduct Manager')).toEqual(['Software Engineer', 'Machine Learning Engineer', 'Product Manager']);
    expect(texts('Distributed SystemsJavaKotlinPythonML FundamentalsA/B TestingProduct Metrics')).toEqual([
      'Distributed Systems', 'Java', 'Kotlin', 'Python', 'ML Fundamentals', 'A/B Testing', 'Product Metrics',
    ]);
    expect(texts('SQLStatisticsOperational PlanningRisk CommunicationCross-functional Coordination')).toEqual([
      'SQL', 'Statistics', 'Operational Planning', 'Risk Communication', 'Cross-functional Coordination',
    ]);
  });

  it('splits acronyms from lowercase chips, mixed-case acronyms included', () => {
    expect(texts('CDNedge cachingQoEnetwork operations')).toEqual(['CDN', 'edge caching', 'QoE', 'network operations']);
    const vocabulary = collectVocabulary(['Teams balance ad load, viewer experience, and ad-tech capabilities.']);
    expect(texts('AVODad techmonetizationmeasurement', vocabulary)).toEqual(['AVOD', 'ad tech', 'monetization', 'measurement']);
    expect(texts('HTTPServerGo')).toEqual(['HTTP', 'Server', 'Go']);
    expect(texts('APIsGPUsLLMs')).toEqual(['APIs', 'GPUs', 'LLMs']);
    expect(texts('LLMsRAGvector search')).toEqual(['LLMs', 'RAG', 'vector search']);
    expect(texts('AWSAzure')).toEqual(['AWS', 'Azure']);
  });

  it('ends a chip after a version number and keeps symbol terms whole', () => {
    expect(texts('K8sTerraformHelm')).toEqual(['K8s', 'Terraform', 'Helm']);
    expect(texts('Go-to-market StrategyB2B SalesSaaS')).toEqual(['Go-to-market Strategy', 'B2B Sales', 'SaaS']);
    expect(texts('TypeScriptNode.jsAWS Lambda')).toEqual(['TypeScript', 'Node.js', 'AWS Lambda']);
    expect(texts('KotlinMQTTC++Edge Computing')).toEqual(['Kotlin', 'MQTT', 'C++', 'Edge Computing']);
  });

  it('segments glued lowercase words with the word list', () => {
    expect(texts('streamingpersonalizationexperimentationplayback')).toEqual(['streaming', 'personalization', 'experimentation', 'playback']);
    expect(texts('mobile gamesinteractiveengagementstudio partnerships')).toEqual(['mobile games', 'interactive', 'engagement', 'studio partnerships']);
    expect(texts('risk managementfraud detectionpayments infrastructure')).toEqual(['risk management', 'fraud detection', 'payments infrastructure']);
  });

  it('regroups glued words into the phrases the document uses', () => {
    const vocabulary = collectVocabulary(['We invest in edge caching and supply chain tooling.']);
    expect(texts('edgecachingsupplychaintooling', vocabulary)).toEqual(['edge caching', 'supply chain', 'tooling']);
  });

  it('leaves headings, camel-case brands and prose alone', () => {
    for (const line of [
      'Network Engineering & Infrastructure', 'MODERNIZE PLATFORM', 'internships', 'entry Level Roles', 'GitHub Copilot',
      'JavaScript', 'iPhone Apps', 'McKinsey Alumni', 'OKRs', 'Q3 Goals', 'AI/ML Platform', 'onboarding',
      'We ship JavaScriptSDKs weekly.', 'supplychain', 'smartwatch', 'Founded: 1997', 'Los Angeles, CA', 'microservices', 'O\'Reilly Media',
      'Nordwind Energietechnik GmbH', 'Lupo Ricambi SpA',
    ]) expect(texts(line), line).toBeUndefined();
  });

  it('keeps camel-case words the document writes whole elsewhere', () => {
    const vocabulary = collectVocabulary(['Our partner DoorDash handles delivery.']);
    expect(texts('DoorDash Logistics', vocabulary)).toBeUndefined();
    expect(texts('DoorDash Logistics')).toEqual(['Door', 'Dash Logistics']);
  });

  it('gives offsets that point at each chip in the line', () => {
    const line = 'Software EngineerMachine Learning Engineer';
    for (const chip of splitChips(line, none) ?? []) expect(line.slice(chip.start, chip.end)).toBe(chip.text);
  });
});

describe('chipsOf properties', () => {
  const glued = fc.array(fc.oneof(fc.constantFrom('Data', 'ML', 'QoE', 'edge', 'caching', 'A/B', 'Ops', 'x', '3D', ' ', '-', 'é', '🇺🇸'), fc.string()), { maxLength: 30 }).map((parts) => parts.join(''));

  it('never throws, never makes an empty chip, and joins back to the input', () => {
    fc.assert(
      fc.property(glued, (line) => {
        const chips = chipsOf(line, none);
        for (const chip of chips) expect(chip.text.trim()).not.toBe('');
        expect(chips.map((c) => c.text).join('').replace(/\s+/g, '')).toBe(line.replace(/\s+/g, ''));
      }),
      { numRuns: runs(500) },
    );
  });

  it('splitChips never throws on any unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (line) => {
      splitChips(line, none);
    }));
  });
});
