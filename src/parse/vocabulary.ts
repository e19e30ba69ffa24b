import { parseBullet } from './bullets.js';

// Lines written as prose (sentences, bullets, comma lists) show how the document spells its words.
function isProse(text: string): boolean {
  return parseBullet(text) !== undefined || /[.!?;:]$/.test(text) || text.includes(', ');
}

function tokensOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((token) => token !== '');
}

/**
 * The document's own vocabulary, to split glued chips the way the document
 * spells things: each token as written and in lowercase, the parts of
 * hyphenated tokens, and lowercase two-word phrases (`ad-tech` → `ad tech`).
 */
export function collectVocabulary(texts: Iterable<string>, extra: Iterable<string> = []): Set<string> {
  const vocabulary = new Set<string>(extra);
  for (const text of texts) {
    if (!isProse(text)) continue;
    const words: string[] = [];
    for (const token of tokensOf(text)) {
      vocabulary.add(token);
      vocabulary.add(token.toLowerCase());
      for (const part of token.toLowerCase().split('-')) {
        if (part !== '') {
          vocabulary.add(part);
          words.push(part);
        }
      }
    }
    for (let i = 1; i < words.length; i++) vocabulary.add(`${words[i - 1]} ${words[i]}`);
  }
  return vocabulary;
}
