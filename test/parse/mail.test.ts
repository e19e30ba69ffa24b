import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelOfText, texts } from '../helpers/model.js';
import { mailChrome, unquote } from '../../src/parse/mail.js';
import { splitLines } from '../../src/parse/text-lines.js';

// A recruiter's mail and the reply it answers, pasted into a .txt as a mail client shows them.
const THREAD = [
  'From: Ada Recruiter <ada@acme.example>', // 1
  'Sent: Tuesday, March 4, 2025 10:12 AM',
  'To: Sam <sam@mail.example>',
  'Subject: RE: Platform Engineer – next steps at Acme',
  '', // 5
  'Hi Sam,',
  '',
  'Interview process:',
  '1. Systems design (60 min)',
  '2. Values conversation (30 min)', // 10
  '',
  'Best,',
  'Ada',
  '',
  '--', // 15
  'Ada Recruiter | Talent Partner',
  '+44 20 5550 1234',
  'This e-mail and any attachments are confidential and intended solely for the addressee.',
  '',
  'On Mon, 3 Mar 2025 at 09:15, Ada Recruiter <ada@acme.example> wrote:', // 20
  '> Thanks for applying to Acme.',
  '>',
  '> Our mission is to keep every freight lane moving.',
].join('\n');

describe('an e-mail thread pasted as text', () => {
  const { doc, company } = modelOfText('acme/thread.txt', THREAD);

  it('keeps the headers, greeting, sign-off, signature, disclaimer and reply line out of the facts', () => {
    expect(doc.chrome.map((c) => c.line)).toEqual([1, 2, 3, 4, 6, 12, 13, 15, 16, 17, 18, 20, 22]);
    expect(JSON.stringify(company)).not.toMatch(/ada@|Hi Sam|Best,|Talent Partner|confidential|wrote:/);
    expect(company.unmapped).toEqual([]);
  });

  it('ends the sections above a reply line, so the message it quotes is a note of its own, never more of a list above it', () => {
    const mail = ['From: Ada <ada@acme.example>', 'To: Sam <sam@mail.example>', 'Subject: Data Engineer', '', 'What you\'ll need', '- Strong SQL', '- Airflow', '',
      'On Mon, 3 Mar 2025 at 17:40, Sam <sam@mail.example> wrote:', '> Could you send me the full job description?'];
    const { company } = modelOfText('acme/fwd.txt', mail.join('\n'));
    expect(texts(company.roles[0]?.requirements ?? [])).toEqual(['Strong SQL', 'Airflow']);
    expect(company.notes.map((n) => [n.label, n.text, n.source.line])).toEqual([['Earlier message', 'Could you send me the full job description?', 10]]);
  });

  it('reads the quoted reply as text, and the subject as the job the mail is about', () => {
    expect(JSON.stringify(company)).toContain('Our mission is to keep every freight lane moving.');
    expect(company.roles.map((r) => [r.title, r.sources[0]?.line])).toEqual([['Platform Engineer', 4]]);
  });

  it('drops the signature block under a sign-off, a blank line between them, up to its own blank line', () => {
    const mail = ['Von: Jana <jana@acme.example>', 'An: Lena <lena@mail.example>', 'Betreff: Termin', '', 'Ablauf:', '1. Video-Gespräch', '',
      'Mit freundlichen Grüßen', '', 'Jana Reuter', 'Recruiting', 'Acme Oberflächentechnik GmbH', 'Tel. +49 7231 555 210', '', 'Unsere Werte', '- Sorgfalt'];
    const chrome = mailChrome(splitLines(mail.join('\n'))).map((c) => c.line);
    expect(chrome).toEqual([1, 2, 3, 8, 10, 11, 12, 13]);
  });

  it('keeps a list written right under a sign-off, whatever its bullets', () => {
    const mail = ['From: Dana <dana@acme.example>', 'To: Lee <lee@mail.example>', 'Subject: Next steps', '', 'Thanks,', '', '◦ Five years of Kotlin', '+ Postgres at scale'];
    expect(mailChrome(splitLines(mail.join('\n'))).map((c) => c.line)).toEqual([1, 2, 3, 5]);
  });

  it('finds no mail in text that has no mail header or reply line', () => {
    const text = fc.array(fc.constantFrom('Hi team,', 'Best,', 'Ada', '--', 'Subject: pricing', 'Our values', '- Candor', ''), { maxLength: 12 });
    fc.assert(
      fc.property(text, (lines) => {
        expect(mailChrome(splitLines(lines.join('\n')))).toEqual([]);
      }),
    );
  });

  it('unquotes any depth of quote markers, pointing at the text that is left', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n>]/g, '')), (depth, words) => {
        const [line] = splitLines(`  ${'> '.repeat(depth)}${words}`);
        const out = unquote(line!);
        expect(out.text).toBe(words.trim());
        if (out.text !== '') expect(line!.raw.slice(out.column - 1, out.column - 1 + out.text.length)).toBe(out.text);
      }),
    );
  });
});
