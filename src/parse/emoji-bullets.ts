import type { Bullet } from './bullets.js';
import { knownHeading } from './heading-shape.js';
import type { TextLine } from './text-lines.js';

/**
 * A careers page lists with an emoji per item (`✅ Own the metrics`, `🌴 25
 * days of holiday`, `1️⃣ Intro call`) right under a heading that is often an
 * emoji and a word too (`🎁 What we offer`). A line that starts with an emoji
 * is an item when it sits in an unbroken run of such lines under a known
 * heading; elsewhere (`🚀 Product Analyst` over `📍 Lisbon`) it is left as
 * written. A keycap digit numbers its item.
 */
const LEAD = /^((?:\p{Extended_Pictographic}|[\d#*]\uFE0F?\u20E3)[\uFE0F\u200D\p{Extended_Pictographic}\p{Emoji_Modifier}]*)\s+(?=\S)/u;
const KEYCAP = /^(\d)\uFE0F?\u20E3/u;

const isItem = (text: string): boolean => LEAD.test(text) && knownHeading(text) === undefined;

export function emojiBullet(lines: readonly TextLine[], index: number, chrome: ReadonlySet<number>): Bullet | undefined {
  const line = lines[index]!;
  const lead = LEAD.exec(line.text);
  if (!lead || !isItem(line.text) || !underKnownHeading(lines, index, chrome)) return undefined;
  const text = line.text.slice(lead[0].length).trimEnd();
  const keycap = KEYCAP.exec(lead[1]!);
  const number = keycap ? Number(keycap[1]) : undefined;
  return number === undefined ? { ordered: false, text, offset: lead[0].length, level: 0 } : { ordered: true, start: number, text, offset: lead[0].length, level: 0 };
}

/** Up the run of emoji lines, with no blank line between, to a known heading. */
function underKnownHeading(lines: readonly TextLine[], index: number, chrome: ReadonlySet<number>): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const above = lines[i]!;
    if (chrome.has(above.line) || above.text === '') return false;
    if (knownHeading(above.text)) return true;
    if (!isItem(above.text)) return false;
  }
  return false;
}
