/**
 * The markdown of a saved page, written a line at a time: each line keeps the
 * page line its text started on, so positions can be mapped back.
 */
export class MarkdownWriter {
  readonly out: string[] = [];
  readonly map: number[] = [];
  private buffer = '';
  private bufferLine = 1;
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
    if (this.buffer === '' && text.trim() === '') return;
    const escaped = text.replace(/[\\`*_[\]]/g, '\\$&');
    if (this.buffer !== '') this.buffer += escaped;
    else {
      this.bufferLine = line;
      this.buffer = escapeLead(escaped.trimStart());
    }
  }

  mark(value: string, line: number): void {
    if (this.row) this.row[this.row.length - 1] += value;
    else {
      if (this.buffer === '') this.bufferLine = line;
      this.buffer += value;
    }
  }

  flush(): void {
    const text = this.buffer.trim();
    if (text !== '' && text.replace(/[*_]/g, '').trim() !== '') this.push(this.prefix + text, this.bufferLine);
    this.buffer = '';
    this.prefix = '';
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

/**
 * Text that would start a heading, quote, list item, setext underline, fence
 * or table row at the start of a line, kept literal. A digit has no escape:
 * a number's `.` or `)` has.
 */
function escapeLead(text: string): string {
  const number = /^\d{1,9}(?=[.)])/.exec(text)?.[0];
  if (number) return `${number}\\${text.slice(number.length)}`;
  return /^[#>+\-=~|]/.test(text) ? `\\${text}` : text;
}
