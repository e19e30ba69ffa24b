import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/read/decode.js';
import { countLines, normalizeText } from '../../src/read/text.js';

describe('text helpers', () => {
  it('normalizes BOM and line endings without changing the number of lines', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, '')), { maxLength: 20 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
        const text = normalizeText(`\uFEFF${lines.join(eol)}`);
        expect(text.includes('\r')).toBe(false);
        expect(text.split('\n')).toEqual(lines.length === 0 ? [''] : lines);
      }),
    );
  });

  it('counts lines as an editor does', () => {
    expect([countLines(''), countLines('a'), countLines('a\n'), countLines('a\nb'), countLines('a\n\n')]).toEqual([0, 1, 1, 2, 2]);
  });

  it('names a PDF, Word or image file saved under a text name', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%\u00e2\n1 0 obj');
    expect(decode(pdf)).toEqual({ ok: false, reason: 'it is a PDF document', place: { line: 1, column: 1 } });
    expect(decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0]))).toMatchObject({ reason: expect.stringContaining('Word (.docx)') });
    expect(decode(new TextEncoder().encode('%PDF is how the format starts'))).toMatchObject({ ok: true });
  });

  it('reads mostly-ASCII text with Windows-1252 letters as such, and says so', () => {
    const cp1252 = new Uint8Array([...new TextEncoder().encode('Salary: '), 0xa3, ...new TextEncoder().encode('52,000 for the caf'), 0xe9, ...new TextEncoder().encode(' sensor project, '), 0x93, 0x6f, 0x6b, 0x94, 0x0d, 0x0a]);
    expect(decode(cp1252)).toEqual({ ok: true, text: 'Salary: £52,000 for the café sensor project, “ok”\n', encoding: 'windows-1252' });
    // Undefined 1252 bytes (0x81) or control bytes mean binary, not text.
    expect(decode(new Uint8Array([...new TextEncoder().encode('plain text here, long enough to be mostly ASCII'), 0x81]))).toMatchObject({ ok: false });
  });

  it('keeps the UTF-8 letters of a UTF-8 file with a Windows-1252 byte pasted in', () => {
    // Read wholly as Windows-1252, `München` was `MÃ¼nchen` throughout for one stray en dash.
    const utf8 = new TextEncoder().encode('We build pumps for dairies in München and Zürich, 2019');
    const mixed = new Uint8Array([...utf8, 0x96, ...new TextEncoder().encode('2024, for the café trade and more.\n')]);
    expect(decode(mixed)).toEqual({ ok: true, text: 'We build pumps for dairies in München and Zürich, 2019–2024, for the café trade and more.\n', encoding: 'windows-1252' });
  });

  it('refuses NUL bytes and invalid UTF-8, accepts UTF-8 with a BOM', () => {
    expect(decode(new Uint8Array([0x61, 0, 0x62]))).toEqual({ ok: false, reason: 'it has a NUL byte at offset 1', place: { line: 1, column: 2 } });
    expect(decode(new Uint8Array([0x61, 0x0a, 0x62, 0x63, 0x00]))).toMatchObject({ place: { line: 2, column: 3 } });
    expect(decode(new Uint8Array([0x61, 0x0a, 0x0a, 0x62, 0xff, 0x63]))).toMatchObject({ reason: 'it is not valid UTF-8', place: { line: 3, column: 2 } });
    expect(decode(new Uint8Array([0xff, 0xfe, 0x61]))).toEqual({ ok: false, reason: 'it is not valid UTF-16LE', place: { line: 1, column: 1 } });
    // A U+FFFD the text holds itself is not the bad byte; columns count bytes, as for a NUL.
    expect(decode(new Uint8Array([0x61, 0xef, 0xbf, 0xbd, 0x0a, 0xc3, 0xa9, 0x62, 0xc3]))).toMatchObject({ place: { line: 2, column: 4 } });
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff]))).toMatchObject({ place: { line: 1, column: 5 } });
    expect(decode(new TextEncoder().encode('\uFEFFMontréal\r\n'))).toEqual({ ok: true, text: 'Montréal\n' });
  });
});

describe('UTF-16 text, as Word\'s "Plain Text (Unicode)" and Notepad save it', () => {
  const utf16 = (text: string, order: 'le' | 'be', bom = true): Uint8Array => {
    const bytes = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
    if (order === 'be') bytes.swap16();
    return new Uint8Array(bytes);
  };
  const anyText = fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !s.includes('\0') && !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s));

  it('reads any text saved as UTF-16 with a BOM, either byte order, as the text itself', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('le' as const, 'be' as const), (text, order) => {
        expect(decode(utf16(text, order))).toEqual({ ok: true, text: normalizeText(text), encoding: 'utf-16' });
      }),
    );
  });

  it('reads mostly-ASCII UTF-16 without a BOM, and still refuses binary bytes', () => {
    expect(decode(utf16('Founded\t1887\r\nHeadquarters\tBradford\r\n', 'le', false))).toEqual({ ok: true, text: 'Founded\t1887\nHeadquarters\tBradford\n', encoding: 'utf-16' });
    expect(decode(utf16('Über uns', 'be', false))).toMatchObject({ ok: true, text: 'Über uns' });
    expect(decode(new Uint8Array([0x61, 0, 0x62]))).toMatchObject({ ok: false, reason: 'it has a NUL byte at offset 1' });
    expect(decode(new Uint8Array([0x01, 0x00, 0x00, 0x02, 0x61, 0x00]))).toMatchObject({ ok: false });
    // NULs all on one side, but beside control bytes: binary, not text.
    expect(decode(new Uint8Array([0x23, 0x20, 0x00, 0x01, 0xff, 0x0a]))).toMatchObject({ ok: false });
    expect(decode(utf16('abc\u0007def', 'le', false))).toMatchObject({ ok: false });
    // A lone surrogate is no text; a NUL character inside UTF-16 text is refused as a NUL byte in UTF-8 is.
    expect(decode(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x61, 0x00]))).toMatchObject({ ok: false, reason: 'it is not valid UTF-16LE' });
    expect(decode(utf16('ab\0c', 'le'))).toMatchObject({ ok: false, reason: expect.stringContaining('NUL character') });
  });
});

describe('text copied out of a PDF', () => {
  it('has its typeset ligatures spelled out, so the words are the words', () => {
    expect(normalizeText('ﬁrmware in the ﬁeld, ﬂow control, eﬃcient, oﬀ-site')).toBe('firmware in the field, flow control, efficient, off-site');
  });
});
