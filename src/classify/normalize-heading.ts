/** A section number before a heading: `2.`, `2)`, `2.1`, `2.1.3.`, `iv.` (a bare `2024` is a year, not a number). */
export const SECTION_NUMBER = /^\s*(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|[ivx]+\.)\s+/i;

/** An article or possessive before a heading's noun, in the languages of the heading table (headings.ts). */
const DETERMINER = /^(?:(?:the|our|your|unsere?|ihre?|deine?|die|der|das|notre|nos|votre|vos|le|la|les|nuestr[oa]s?|tus?|sus?|el|los|las|onze|ons|jouw|je|de|het) (?=\S)|l'(?=\p{L}))/u;

/** Heading text → comparable key: case, emoji, markup, numbering, `&`/`and` and trailing colons folded. */
export function normalizeHeading(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D]/gu, '')
    .replace(/[*_`~#]+/g, ' ')
    .replace(SECTION_NUMBER, '')
    // Typographic apostrophes (`What you’ll do`) and hyphenated phrases (`Nice-to-haves`) as typed plainly.
    .replace(/[’‘ʼ]/g, "'")
    .replace(/(\p{L})[-‐–](?=\p{L})/gu, '$1 ')
    .replace(/&/g, ' and ')
    // `Brands / Products`: a slash between spaced words joins them like `and`.
    .replace(/\s\/\s/g, ' and ')
    .replace(/[:.\s]+$/g, '')
    .replace(/[,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    // `The Interview Process`, `Our Stack`, `Your Responsibilities`, `Unsere Werte`, `Nos valeurs`, `L'entreprise`: the same sections.
    .replace(DETERMINER, '');
}
