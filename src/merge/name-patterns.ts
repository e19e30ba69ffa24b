/**
 * Patterns for finding the company's name in its documents, shared by the
 * rules of merge/name.ts: the id's words as written, legal forms, and
 * matching with accents folded.
 */

// `harrow-finch` is written "Harrow & Finch", "Harrow and Finch", "Harrow-Finch" or "HarrowFinch".
export const idPattern = (words: readonly string[]): string => `(?<![\\p{L}\\p{N}])${words.join('(?:[\\s-]*|\\s*[&+]\\s*|\\s+[aA][nN][dD]\\s+)')}`;
export const anyCase = (word: string): string => word.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);

/** A capitalized word of a name after the id's words: `Robotics`, `Präzisionstechnik`, `O’Brien`, `AT&T`, `Co.`. */
export const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}'’.&-]*`;

/** Legal forms that end a registered name, by country: `GmbH`, `AG`, `Ltd`, `Inc.`, `K.K.`, `S.A.`, `AS`, `Oy`. */
export const LEGAL_FORM = String.raw`(?:GmbH|gGmbH|AG|KG|SE|Ltd\.?|Limited|PLC|plc|LLC|LLP|Inc\.?|Corp\.?|Corporation|Co\.,? Ltd\.?|K\.K\.|S\.A\.?|S\.A\.S\.?|S\.p\.A\.|S\.r\.l\.|SARL|B\.V\.|N\.V\.|AS|ASA|AB|Oy|Oyj|A\/S|ApS|Pty\.? Ltd\.?|Sp\. z o\.o\.)`;

/**
 * The text a pattern of ASCII words finds in `text` with its accents folded
 * ("cafe-zoe" in "Café Zoë"), returned as written, accents and all.
 */
export function matchFolded(pattern: RegExp, text: string): string | undefined {
  const chars = [...text];
  const folded = chars.map((char) => char.normalize('NFD').replace(/\p{M}/gu, '') || char);
  const match = pattern.exec(folded.join(''));
  if (!match) return undefined;
  // Map the match's code-unit offsets in the folded text back to characters of the original.
  let offset = 0;
  let start = -1;
  let end = chars.length;
  folded.forEach((part, i) => {
    if (start < 0 && offset >= match.index) start = i;
    if (offset < match.index + match[0].length) end = i + 1;
    offset += part.length;
  });
  return chars.slice(Math.max(start, 0), end).join('');
}
