/**
 * Chrome writes the document title into the PDF Info dictionary but not the
 * author or subject. This appends an incremental update (a new Info object, an
 * xref section and a trailer pointing back at the previous one): the original
 * bytes stay as they are, and any reader takes the newest Info.
 */
export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  creator: string;
  /** ISO date; becomes CreationDate and ModDate. */
  date: string;
}

/** An object written again under its own number, replacing the original for every reader. */
export interface PdfObject {
  number: number;
  /** The object's value, e.g. a dictionary `<<…>>`. */
  body: string;
}

/** A PDF text string as UTF-16BE hex, so any name survives. */
export function textString(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index++) hex += text.charCodeAt(index).toString(16).padStart(4, '0');
  return `<${hex.toUpperCase()}>`;
}

function pdfDate(iso: string): string {
  const digits = iso.replace(/\.\d+/, '').replace(/[-:TZ]/g, '').slice(0, 14);
  return `(D:${digits.padEnd(14, '0')}Z)`;
}

// Chrome's own dates, in the Info dictionary it writes first: `(D:20261121120813+00'00')`.
const CHROME_DATE = /\/(?:CreationDate|ModDate) \(D:(\d{14}[+-]\d\d'\d\d')\)/g;

/**
 * Overwrites the print time Chrome left in its own Info dictionary with the
 * packet's date, byte for byte the same length so no offset moves: readers
 * take the newer Info anyway, and this makes the same packet print to the
 * same bytes (with SOURCE_DATE_EPOCH, across runs).
 */
function stampChromeDates(pdf: Buffer, date: string): void {
  const stamp = `${date.slice(3, 17)}+00'00'`;
  const head = pdf.subarray(0, Math.min(pdf.length, 4096)).toString('latin1');
  for (const match of head.matchAll(CHROME_DATE)) {
    const at = match.index + match[0].length - 1 - match[1]!.length;
    pdf.write(stamp, at, 'latin1');
  }
}

/**
 * The bytes to append after a PDF of `length` bytes: the objects, one xref
 * subsection each (in number order), and a trailer that points back at `prev`.
 */
function incrementalUpdate(length: number, head: string, objects: readonly PdfObject[], trailer: string): string {
  let text = head;
  const entries: string[] = [];
  for (const { number, body } of [...objects].sort((a, b) => a.number - b.number)) {
    entries.push(`${number} 1\n${String(length + text.length).padStart(10, '0')} 00000 n \n`);
    text += `${number} 0 obj\n${body}\nendobj\n`;
  }
  const xrefOffset = length + text.length;
  return `${text}xref\n${entries.join('')}trailer\n<<${trailer}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
}

/**
 * Returns the PDF with the Info dictionary replaced, `objects` written over
 * their originals and Chrome's print time stamped with `info.date`, or
 * unchanged when its trailer cannot be read.
 */
export function setPdfInfo(pdf: Buffer, info: PdfInfo, objects: readonly PdfObject[] = []): Buffer {
  const tail = pdf.subarray(Math.max(0, pdf.length - 4096)).toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const trailerAt = tail.lastIndexOf('trailer');
  if (!startxref || trailerAt < 0) return pdf;
  const trailer = tail.slice(trailerAt);
  const size = /\/Size\s+(\d+)/.exec(trailer);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer);
  if (!size || !root) return pdf;

  const number = Number(size[1]);
  const date = pdfDate(info.date);
  const dictionary = [
    `/Title ${textString(info.title)}`,
    `/Author ${textString(info.author)}`,
    `/Subject ${textString(info.subject)}`,
    `/Creator ${textString(info.creator)}`,
    `/CreationDate ${date}`,
    `/ModDate ${date}`,
  ].join('\n');
  const head = pdf[pdf.length - 1] === 0x0a ? '' : '\n';
  const update = incrementalUpdate(
    pdf.length,
    head,
    [...objects, { number, body: `<<${dictionary}>>` }],
    `/Size ${number + 1} /Root ${root[1]} /Info ${number} 0 R /Prev ${startxref[1]}`,
  );
  const body = Buffer.from(pdf);
  stampChromeDates(body, date);
  return Buffer.concat([body, Buffer.from(update, 'latin1')]);
}
