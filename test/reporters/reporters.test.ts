import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { escapeData, escapeProperty, formatAnnotation, formatGithub, reportGithub } from '../../src/diagnostics/reporters/github.js';
import { diagnosticsExitCode, formatDiagnostics } from '../../src/diagnostics/reporters/index.js';
import { visibleControls } from '../../src/visible-controls.js';

const chalk = new Chalk({ level: 0 });
const d = (over: Partial<Diagnostic>): Diagnostic => ({
  file: 'acme/notes.md',
  line: 3,
  column: 1,
  severity: 'warning',
  ruleId: 'placeholder',
  message: 'Unexpected placeholder `[Yes/No]`, expected a fact',
  ...over,
});

describe('github reporter', () => {
  it('prints one workflow command per diagnostic, notice for info', () => {
    const out = reportGithub([d({ severity: 'error', line: 9 }), d({}), d({ severity: 'info', line: 1 })]);
    expect(out.split('\n')).toEqual([
      '::notice file=acme/notes.md,line=1,col=1,title=placeholder::Unexpected placeholder `[Yes/No]`, expected a fact',
      '::warning file=acme/notes.md,line=3,col=1,title=placeholder::Unexpected placeholder `[Yes/No]`, expected a fact',
      '::error file=acme/notes.md,line=9,col=1,title=placeholder::Unexpected placeholder `[Yes/No]`, expected a fact',
      '',
    ]);
  });

  it('escapes data and properties per the workflow-command rules', () => {
    const line = formatGithub(d({ file: 'a,b:c%.md', ruleId: 'x:y,z', message: '100% done\r\nnext: line, here' }));
    expect(line).toBe('::warning file=a%2Cb%3Ac%25.md,line=3,col=1,title=x%3Ay%2Cz::100%25 done%0D%0Anext: line, here');
  });

  // build --all's failures go through the same formatter: one with no place is an annotation on the run.
  it('formats an annotation without a place with only its title, escaped the same way', () => {
    expect(formatAnnotation({ severity: 'error', title: 'prep build a,b:c', message: '50% failed\nsee log' })).toBe(
      '::error title=prep build a%2Cb%3Ac::50%25 failed%0Asee log',
    );
    const placed = formatAnnotation(
      { severity: 'error', title: 't', message: 'm', place: { file: '/repo/profiles/x/a.md', line: 2, column: 3 } },
      { cwd: '/repo/sub', workspace: '/repo' },
    );
    expect(placed).toBe('::error file=profiles/x/a.md,line=2,col=3,title=t::m');
  });

  it('never lets a message or a file name break out of its command', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (file, message) => {
        const line = formatGithub(d({ file, message }));
        expect(line).not.toMatch(/[\r\n]/);
        const props = line.slice(2, line.indexOf('::', 2));
        // Exactly the four properties: nothing in the file name adds a comma.
        expect(props.split(',')).toHaveLength(4);
      }),
    );
  });

  it('escapes reversibly', () => {
    const unescape = (s: string) =>
      s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(unescape(escapeProperty(text))).toBe(text);
        expect(unescape(escapeData(text))).toBe(text);
      }),
    );
  });
});

describe('json reporter', () => {
  it('prints every diagnostic with its six fields, sorted', () => {
    const rows = JSON.parse(formatDiagnostics([d({ line: 7 }), d({ file: 'a/x.md', severity: 'error' })], 'json', chalk)) as unknown[];
    expect(rows).toEqual([
      { file: 'a/x.md', line: 3, column: 1, severity: 'error', ruleId: 'placeholder', message: d({}).message },
      { file: 'acme/notes.md', line: 7, column: 1, severity: 'warning', ruleId: 'placeholder', message: d({}).message },
    ]);
  });

  it('prints an empty array when all is well', () => {
    expect(JSON.parse(formatDiagnostics([], 'json', chalk))).toEqual([]);
  });
});

describe('pretty reporter', () => {
  it('prints file:line:col severity message [rule-id], sorted by place', () => {
    const out = formatDiagnostics([d({ severity: 'error', column: 5 }), d({ severity: 'info' })], 'pretty', chalk);
    expect(out).toBe(
      [
        'acme/notes.md:3:1 info Unexpected placeholder `[Yes/No]`, expected a fact [placeholder]',
        'acme/notes.md:3:5 error Unexpected placeholder `[Yes/No]`, expected a fact [placeholder]',
        '',
      ].join('\n'),
    );
  });

  // What a terminal acts on: C0 but tab, DEL, C1, and the bidi controls that reorder a line.
  const ACTED_ON = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

  it('shows a document\'s control characters escaped, in the message and the file name', () => {
    const hostile = d({ file: 'acme/\x1b[31mred\r.md', message: 'Unexpected `2016\x1b[2J\x1b[H\x1b]0;title\x07 \x9b31m \u202edesrever\nnext`' });
    expect(formatDiagnostics([hostile], 'pretty', chalk)).toBe(
      'acme/\\x1b[31mred\\r.md:3:1 warning Unexpected `2016\\x1b[2J\\x1b[H\\x1b]0;title\\x07 \\x9b31m \\u202edesrever\\nnext` [placeholder]\n',
    );
  });

  it('prints one line a diagnostic and nothing a terminal acts on, whatever the text; with colour, only its own colours', () => {
    const text = fc.string({ unit: 'binary', maxLength: 30 });
    const colour = new Chalk({ level: 3 });
    fc.assert(fc.property(text, text, (file, message) => {
      const plain = formatDiagnostics([d({ file, message })], 'pretty', chalk);
      expect(plain.endsWith('\n')).toBe(true);
      expect(plain.slice(0, -1)).not.toMatch(ACTED_ON);
      const painted = formatDiagnostics([d({ file, message })], 'pretty', colour).slice(0, -1);
      expect(painted.replace(/\x1b\[[\d;]*m/g, '')).not.toMatch(ACTED_ON);
    }));
  });

  it('leaves text with no control characters as it is', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      fc.pre(!ACTED_ON.test(text));
      expect(visibleControls(text)).toBe(text);
    }));
  });
});

describe('diagnosticsExitCode', () => {
  it.each([
    ['nothing → 0', [], false, 0],
    ['an info, strict → 0', [d({ severity: 'info' })], true, 0],
    ['a warning → 0', [d({ severity: 'warning' })], false, 0],
    ['a warning, strict → 1', [d({ severity: 'warning' })], true, 1],
    ['an error → 1', [d({ severity: 'error' })], false, 1],
  ] as const)('%s', (_name, list, strict, code) => {
    expect(diagnosticsExitCode(list, strict)).toBe(code);
  });
});
