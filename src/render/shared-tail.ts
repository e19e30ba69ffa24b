/** Sentences: split after `.`, `!` or `?` before a capital, so that a quotation's own full stop (`…55%."`) splits nothing. */
const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);

/**
 * The closing sentences that most of these texts share (the same advice in
 * every talking point or gap), when at least two share them and each keeps a
 * sentence of its own: the most widely shared run, and of those the longest.
 * A list prints it once above its items instead of in every one.
 */
export function sharedTail(texts: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const sentences = sentencesOf(text);
    for (let start = 1; start < sentences.length; start++) {
      const tail = sentences.slice(start).join(' ');
      counts.set(tail, (counts.get(tail) ?? 0) + 1);
    }
  }
  let best: [string, number] | null = null;
  for (const entry of counts) {
    if (entry[1] < 2) continue;
    if (best === null || entry[1] > best[1] || (entry[1] === best[1] && entry[0].length > best[0].length)) best = entry;
  }
  return best ? best[0] : null;
}

/** A text without the shared tail, if it ends with it. */
export function withoutTail(text: string, tail: string | null): string {
  return tail !== null && text.endsWith(` ${tail}`) ? text.slice(0, -tail.length - 1) : text;
}
