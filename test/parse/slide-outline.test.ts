import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slideChrome, withSlideTitles } from '../../src/parse/slide-outline.js';
import { readText } from '../../src/parse/text-reader.js';
import { splitLines } from '../../src/parse/text-lines.js';

const deck = ['Acme Rope', 'Slide 1', '', 'Slide 2', 'Competitors', 'Knotwell', 'Slide 3', 'Risks', 'Hemp prices', 'Slide 4', 'Thank you', 'Questions?'].join('\n');

describe('a slide deck saved as text', () => {
  it('drops its markers and closing thanks, and heads each slide with its title', () => {
    expect(slideChrome(splitLines(deck)).map((c) => c.text)).toEqual(['Slide 1', 'Slide 2', 'Slide 3', 'Slide 4', 'Thank you', 'Questions?']);
    const headings = withSlideTitles(splitLines(deck)).filter((line) => line.heading).map((line) => line.text);
    expect(headings).toEqual(['Competitors', 'Risks']);
    const { tree } = readText(deck);
    const types = tree.children.map((node) => node.type);
    expect(types.filter((type) => type === 'heading').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a slide titled Questions, which holds questions of its own', () => {
    const questions = ['Acme Rope', 'Slide 1', 'Questions', 'How do you price hemp?', 'Slide 2', 'Risks', 'Slide 3', 'Thank you'].join('\n');
    expect(slideChrome(splitLines(questions)).map((c) => c.text)).toEqual(['Slide 1', 'Slide 2', 'Slide 3', 'Thank you']);
  });

  it('leaves a text with fewer than three markers alone', () => {
    const two = 'Notes\nSlide 2 of the deck was about pricing\nSlide 3\nThank you\n';
    expect(slideChrome(splitLines(two))).toEqual([]);
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 20 }), { maxLength: 20 }), (lines) => {
      const text = lines.filter((line) => !/slide/i.test(line)).join('\n');
      expect(withSlideTitles(splitLines(text))).toEqual(splitLines(text));
      expect(slideChrome(splitLines(text))).toEqual([]);
    }));
  });

  it('never marks a sentence or a marker as a title, whatever the deck', () => {
    const line = fc.oneof(fc.constantFrom('Slide 1', 'Slide 2', 'Slide 3', 'Thank you', '', 'We grew fast.'), fc.string({ maxLength: 15 }));
    fc.assert(fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
      const titled = withSlideTitles(splitLines(lines.join('\n')));
      expect(titled).toHaveLength(Math.max(1, lines.length));
      for (const title of titled.filter((l) => l.heading)) expect(title.text).not.toMatch(/^slide \d|[.;,]$/i);
    }));
  });
});
