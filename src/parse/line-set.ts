/**
 * A read-only set of the lines of one text, kept as that text and a hash
 * table of where each line starts. The English word list (274,000 lines) as
 * a Set<string> is ~20 MB of heap in every thread that reads a document and
 * takes ~100 ms to build, a good part of a one-packet build; this is ~6 MB,
 * built in a few ms, and looks a word up as fast.
 */
export class LineSet {
  readonly #text: string;
  /** Per slot: where its line starts in the text. */
  readonly #starts: Uint32Array;
  /** Per slot: its line's length; 0 is an empty slot (empty lines are not kept). */
  readonly #lengths: Uint16Array;
  readonly #mask: number;

  constructor(text: string) {
    this.#text = text;
    // A power of two at least 1.5 times the lines: open addressing stays short.
    let size = 1024;
    while (size < (countNewlines(text) + 1) * 1.5) size *= 2;
    this.#starts = new Uint32Array(size);
    this.#lengths = new Uint16Array(size);
    this.#mask = size - 1;
    forEachLine(text, (start, length) => this.#insert(start, length));
  }

  has(word: string): boolean {
    if (word.length === 0 || word.length > MAX_LENGTH) return false;
    for (let slot = hash(word, 0, word.length) & this.#mask; this.#lengths[slot] !== 0; slot = (slot + 1) & this.#mask) {
      if (this.#lengths[slot] === word.length && this.#text.startsWith(word, this.#starts[slot])) return true;
    }
    return false;
  }

  #insert(start: number, length: number): void {
    let slot = hash(this.#text, start, length) & this.#mask;
    while (this.#lengths[slot] !== 0) slot = (slot + 1) & this.#mask;
    this.#starts[slot] = start;
    this.#lengths[slot] = length;
  }
}

/** Longer lines are not kept: no word is that long, and the length must fit a slot. */
const MAX_LENGTH = 0xffff;

/** FNV-1a over UTF-16 code units, so a line in the text and the same word as a string hash alike. */
function hash(text: string, start: number, length: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < start + length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Calls `take` with where every non-empty line starts and its length, a `\r` before its `\n` left out. */
function forEachLine(text: string, take: (start: number, length: number) => void): void {
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const next = newline === -1 ? text.length + 1 : newline + 1;
    let end = next - 1;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    if (end > start && end - start <= MAX_LENGTH) take(start, end - start);
    start = next;
  }
}
