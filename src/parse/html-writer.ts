import { escapeBlockStart } from '../escape-block-start.js';

/**
 * The markdown of a saved page, written a line at a time: each line keeps the
 * page line its text started on, so positions can be mapped back.
 */
// Text is added in pieces of half this, and a paragraph ends once it is half this long: at most this long.
const MAX_PARAGRAPH = 8_000;
const PIECE = MAX_PARAGRAPH / 2;

export class MarkdownWriter {
  readonly out: string[] = [];
  readonly map: number[] = [];
  private buffer = '';
  private bufferLine = 1;
  /** A mark just opened, with no text after it yet. */
  private opened: string | undefined;
  /** A mark just closed, with no text after it yet. */
  private closed: string | undefined;
  prefix = '';
  row: string[] | undefined;
  rows = 0;

  text(value: string, line: number): void {
    const text = value.replace(/\s+/g, ' ');
    if (this.row) {
      if (this.row.length === 0) this.row.push('');
      this.row[this.row.length - 1] += text.replace(/\|/g, '\\|');
      return;
    }
    for (let start = 0; start < text.length; ) {
      // Cut after a space, so a word or an entity (`&amp;`) stays whole; a word longer than a piece is cut anyway.
      const space = text.lastIndexOf(' ', start + PIECE);
      const end = start + PIECE >= text.length ? text.length : space > start ? space + 1 : start + PIECE;
      this.append(text.slice(start, end), line);
      start = end;
    }
  }

  private append(text: string, line: number): void {
    if (this.buffer === '' && text.trim() === '') return;
    const escaped = text.replace(/[\\`*_[\]]/g, '\\$&');
    if (this.buffer !== '') this.buffer = openBefore(this.buffer, this.opened, escaped);
    else {
      this.bufferLine = line;
      this.buffer = escapeBlockStart(escaped.trimStart());
    }
    this.opened = undefined;
    this.closed = undefined;
    // micromark is superlinear in a paragraph's length (500 kB of `x &amp; y` took 19 s): a giant one is written as several.
    if (this.buffer.length >= PIECE) {
      this.flush();
      this.push('', line);
    }
  }

  mark(value: string, line: number, closing: boolean): void {
    if (this.row) {
      this.row[this.row.length - 1] = closing ? closeAfter(this.row.at(-1) ?? '', value) : `${this.row.at(-1) ?? ''}${value}`;
      return;
    }
    if (this.buffer === '') this.bufferLine = line;
    // `<b>a</b><b>b</b>`: a mark opened where the same one closed goes on, rather than write `****`.
    const reopened = !closing && this.closed === value && this.buffer.endsWith(value);
    this.buffer = reopened ? this.buffer.slice(0, -value.length) : closing ? closeAfter(this.buffer, value) : this.buffer + value;
    this.opened = closing || reopened ? undefined : value;
    this.closed = closing ? value : undefined;
  }

  flush(): void {
    const text = this.buffer.trim();
    if (text !== '' && text.replace(/[*_]/g, '').trim() !== '') this.push(this.prefix + text, this.bufferLine);
    this.buffer = '';
    this.prefix = '';
    this.opened = undefined;
    this.closed = undefined;
  }

  blank(line: number): void {
    this.flush();
    if ((this.out.at(-1) ?? '') !== '') this.push('', line);
  }

  endRow(line: number): void {
    const cells = (this.row ?? []).map((cell) => cell.trim());
    this.row = undefined;
    if (cells.length === 0) return;
    this.push(`| ${cells.join(' | ')} |`, line);
    if (++this.rows === 1) this.push(`|${' --- |'.repeat(cells.length)}`, line);
  }

  push(text: string, line: number): void {
    this.out.push(text);
    this.map.push(line);
  }
}

/*
 * Markdown reads `**` as bold only when it hugs the words: an opening mark not
 * followed by a space, a closing one not after a space, and none between
 * punctuation and a letter. HTML has no such rule (`<b>Founded: </b>2011`), so
 * spaces move outside the marks, and a space separates a mark from a letter.
 */
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** The buffer with `text` after it, the mark that ends it moved past the text's leading space or set off from its punctuation. */
function openBefore(buffer: string, opened: string | undefined, text: string): string {
  if (opened === undefined || !buffer.endsWith(opened)) return buffer + (/\s$/.test(buffer) ? text.trimStart() : text);
  const before = buffer.slice(0, -opened.length);
  if (/^\s/.test(text)) return `${before.trimEnd()} ${opened}${text.trimStart()}`;
  const apart = PUNCTUATION.test(text.charAt(0)) && /[\p{L}\p{N}]$/u.test(before);
  return `${before}${apart ? ' ' : ''}${opened}${text}`;
}

/** The text with a closing mark after it, before its trailing space; a mark around nothing is dropped. */
function closeAfter(current: string, mark: string): string {
  const body = current.trimEnd();
  if (body.endsWith(mark)) return body.slice(0, -mark.length) + current.slice(body.length);
  const apart = PUNCTUATION.test(body.slice(-1)) && !body.endsWith(`\\${body.slice(-1)}`);
  return `${body}${mark}${current.slice(body.length) || (apart ? ' ' : '')}`;
}
