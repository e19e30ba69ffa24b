import { parseBullet } from './bullets.js';
import { NEWSLETTER_MARKS } from './newsletter-chrome.js';
import type { TextLine } from './text-lines.js';
import type { ChromeLine } from './types.js';

/**
 * An e-mail thread pasted as text (a recruiter's mail and the replies under
 * it): its header blocks, reply and forward separators, greetings,
 * sign-offs, signatures and legal footers are the mail's chrome; what the
 * people wrote is content, quoted replies (`> …`) included.
 */
// English, German, French and Spanish mail clients' field names.
const HEADER = /^(?:from|to|cc|bcc|sent|date|subject|reply-to|von|an|gesendet|datum|betreff|de|à|a|objet|envoyé|para|asunto|enviado)\s?:\s*\S/i;
const SENDER = /^(?:from|von|de)\s?:/i;
const SEPARATORS: readonly RegExp[] = [
  /^-{2,}\s*(?:original message|forwarded message|ursprüngliche nachricht|message d'origine|mensaje original)\s*-{2,}$/i,
  /^begin forwarded message:$/i,
  // `On Mon, 3 Mar 2025 at 09:15, Dana <dana@…> wrote:` and its German, French and Spanish forms.
  /^(?:on|am|le|el)\s.{4,200}\s(?:wrote|schrieb|a écrit|escribió)\s?:$/i,
  /^sent from my \w+(?: \w+)?$/i,
  /^get outlook for \w+$/i,
];
const GREETING = /^(?:hi|hello|hey|dear|hallo|liebe[rs]?|sehr geehrte[rs]?|bonjour|hola|estimad[oa])\b[^.!?]{0,40},$/i;
const SIGN_OFF = /^(?:best|best regards|kind regards|regards|warm regards|many thanks|thanks|thank you|cheers|all the best|viele grüße|beste grüße|mit freundlichen grüßen|cordialement|bien à vous|saludos|un saludo)[,!.]?$/i;
const DISCLAIMER = /^(?:this (?:e-?mail|message)|the information (?:in|contained in) this).{0,400}\b(?:confidential|intended (?:solely|only))\b/i;
/** `-- ` (the signature separator) opens the sender's signature block, up to the next blank line. */
const SIGNATURE = /^--\s*$/;

/** Header lines of a mail: a run of two or more `Field: value` lines with a sender among them. */
function headerLines(lines: readonly TextLine[]): Set<number> {
  const found = new Set<number>();
  let run: TextLine[] = [];
  const settle = (): void => {
    if (run.length >= 2 && run.some((line) => SENDER.test(line.text))) for (const line of run) found.add(line.line);
    run = [];
  };
  for (const line of lines) {
    if (HEADER.test(line.text)) run.push(line);
    else settle();
  }
  settle();
  return found;
}

/** A greeting, a sign-off with the name under it, and a signature block up to its blank line. */
function letterLines(lines: readonly TextLine[], newsletter: boolean): Set<number> {
  const found = new Set<number>();
  lines.forEach((line, i) => {
    const { text } = line;
    if (GREETING.test(text) || DISCLAIMER.test(text)) found.add(line.line);
    // A newsletter signs off in its own words (`Ride well,`); in a mail, `You will meet,` over a name may be content.
    if (SIGN_OFF.test(text) || (newsletter && signsOffWith(lines, i))) {
      found.add(line.line);
      for (const signed of signatureUnder(lines, i)) found.add(signed.line);
    }
    if (SIGNATURE.test(text)) for (let j = i; j < lines.length && (j === i || lines[j]!.text !== ''); j++) found.add(lines[j]!.line);
  });
  return found;
}

/** A letter's own sign-off (`Ride well,`, `Happy building,`): a word or three and a comma, over a name. */
const OWN_SIGN_OFF = /^\p{L}+(?: \p{L}+){0,2},$/u;
const NAME = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}$/u;
const signsOffWith = (lines: readonly TextLine[], i: number): boolean => OWN_SIGN_OFF.test(lines[i]!.text) && NAME.test(lines[i + 1]?.text ?? '');

const SIGNATURE_LINES = 6;
const SIGNATURE_WORDS = 8;

/**
 * The lines a sign-off is signed with: the name, job, company and phone
 * under it (a blank line between them or not), up to the next blank line;
 * short lines only, none a list item or a label over a list.
 */
function signatureUnder(lines: readonly TextLine[], signOff: number): TextLine[] {
  let start = signOff + 1;
  if (lines[start]?.text === '') start += 1;
  const block: TextLine[] = [];
  for (let i = start; i < lines.length && lines[i]!.text !== '' && block.length < SIGNATURE_LINES; i++) block.push(lines[i]!);
  const signature = block.every(({ text }) => text.split(/\s+/).length <= SIGNATURE_WORDS && !/:$/.test(text) && parseBullet(text) === undefined);
  return signature ? block : [];
}

/** `On … wrote:`, `-----Original Message-----`: what follows is the message a reply answers (a forwarded one is the mail's content). */
const REPLY_LINE = /^(?:-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original)\s*-{2,}|(?:on|am|le|el)\s.{4,200}\s(?:wrote|schrieb|a écrit|escribió)\s?:)$/i;

/** What the reader calls the message a reply quotes. */
export const EARLIER_MESSAGE = 'Earlier message';

/** Lines where a reply's quoted message starts. */
export function messageBreaks(lines: readonly TextLine[]): number[] {
  return lines.filter((line) => REPLY_LINE.test(line.text)).map(({ line }) => line);
}

/** The mail's chrome lines, when the text is a mail (it has a header block or a reply line), and bare quote markers. */
export function mailChrome(lines: readonly TextLine[]): ChromeLine[] {
  // A quote marker alone (`>`) is the blank line of a quoted reply, in any text.
  const markers = lines.filter((line) => /^\s*(?:>\s*)+$/.test(line.raw)).map(({ line }) => line);
  const headers = headerLines(lines);
  const separators = lines.filter((line) => SEPARATORS.some((pattern) => pattern.test(line.text)));
  // A newsletter saved as text has no headers, but its service's footer says it was sent.
  const sent = lines.some((line) => NEWSLETTER_MARKS.some((pattern) => pattern.test(line.text)));
  const mail = headers.size > 0 || separators.length > 0 || sent;
  const letter = mail ? letterLines(lines, sent) : new Set<number>();
  const chrome = new Set([...markers, ...headers, ...separators.map((line) => line.line), ...letter]);
  return lines.filter((line) => chrome.has(line.line)).map(({ line, text }) => ({ line, text }));
}

/** `> > text` → `text`: a quoted reply reads as what it quotes; the column moves past the markers. */
export function unquote(line: TextLine): TextLine {
  const marker = /^(?:>[^\S\n]?)+/.exec(line.text);
  if (!marker) return line;
  const rest = line.text.slice(marker[0].length);
  const lead = rest.length - rest.trimStart().length;
  return { ...line, text: rest.trim(), column: line.column + marker[0].length + lead };
}
