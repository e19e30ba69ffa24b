import { describe, expect, it } from 'vitest';
import { isWord, segmentRun } from '../../src/parse/dictionary.js';
import { collectVocabulary } from '../../src/parse/vocabulary.js';

describe('word segmentation', () => {
  it('knows English words and common compounds the list lacks', () => {
    expect(isWord('playback')).toBe(true);
    expect(isWord('kubernetes')).toBe(true);
    expect(isWord('qwzx')).toBe(false);
  });

  it('prefers the fewest, longest words', () => {
    expect(segmentRun('notable', new Set())?.pieces).toEqual(['notable']);
    expect(segmentRun('customerexperience', new Set())?.pieces).toEqual(['customer', 'experience']);
    expect(segmentRun('qwzxabc', new Set())).toBeUndefined();
  });

  it('uses the document vocabulary for words the list lacks', () => {
    const vocabulary = collectVocabulary(['We run Flink and Kafka.']);
    expect(segmentRun('flinkkafka', vocabulary)?.pieces).toEqual(['flink', 'kafka']);
  });
});

describe('collectVocabulary', () => {
  it('takes words and phrases from prose lines only', () => {
    const vocabulary = collectVocabulary(['Teams ship ad-tech fast.', 'CDNedge cachingQoE', '• Uses GraphQL daily']);
    expect([...['ad tech', 'ad', 'tech', 'Teams', 'teams', 'GraphQL', 'graphql']].every((w) => vocabulary.has(w))).toBe(true);
    expect(vocabulary.has('CDNedge')).toBe(false);
  });
});
