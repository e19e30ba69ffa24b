import type { Paragraph, PhrasingContent } from 'mdast';
import { textOf } from '../classify/text.js';

export interface Labelled {
  label: string;
  value: string;
}

/** `PLATFORM: …`, `TECHNICAL_DEBT: …`: an all-caps label. */
const CAPS = /^(?<label>[A-Z][A-Z0-9_&/ -]*[A-Z0-9]):\s*(?<value>.*)$/su;
/** `Founded<TAB>1894`: a two-column table row as a word processor saves it to text. */
const TABBED = /^(?<label>[\p{L}][^\t:]{0,40}?)\t+(?<value>\S.*)$/su;
/** `Market Cap: $280B`: a short label of a few words, no sentence punctuation. */
const LOOSE = /^(?<label>[\p{L}][\p{L}\p{N}/&()' -]{0,40}?):\s+(?<value>.*)$/su;
/** `設立：1972年`: a label before a full-width colon, as Japanese and Chinese text writes it (no space after). */
const FULL_WIDTH = /^(?<label>[\p{L}][^\s:：]{0,20}?)\s*：\s*(?<value>\S.*)$/su;

/**
 * Reads `**Label**: value`, `**Label:** value`, `__Label__: value` and
 * `LABEL: value` (plus short `Label: value` lines). A bold lead-in that is
 * not followed by a colon is not a label.
 */
export function readLabelled(paragraph: Paragraph): Labelled | undefined {
  const [first, ...rest] = paragraph.children;
  if (first && first.type === 'strong') return fromStrong(textOf(first), rest);
  return readLabelledText(textOf(paragraph));
}

export function readLabelledText(text: string): Labelled | undefined {
  // A callout's or a line's leading emoji (`📌 Team: …`, `📍 Location: …`) is decoration, not part of the label.
  const trimmed = text.trim().replace(/^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)+/u, '');
  const match = CAPS.exec(trimmed) ?? LOOSE.exec(trimmed) ?? FULL_WIDTH.exec(trimmed) ?? TABBED.exec(trimmed);
  const label = match?.groups?.label?.trim();
  if (!match || !label || label.split(/\s+/).length > 6) return undefined;
  return { label, value: oneLine(match.groups?.value ?? '') };
}

function fromStrong(strong: string, rest: PhrasingContent[]): Labelled | undefined {
  const after = rest.map(textOf).join('');
  const label = strong.trim();
  if (/[:：]$/.test(label)) return { label: label.slice(0, -1).trim(), value: oneLine(after) };
  if (/^\s*[:：]/.test(after)) return { label, value: oneLine(after.replace(/^\s*[:：]/, '')) };
  return undefined;
}

/** A value wrapped over lines is one value. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
