import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportError } from '../../src/cli/fail.js';
import { ContentError, UsageError } from '../../src/errors.js';

/** What reportError writes to stderr, and the exit code it gives. */
function report(error: unknown, debug = false): { code: number; text: string } {
  let text = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    text += String(chunk);
    return true;
  });
  const code = reportError(error, { debug, color: false });
  return { code, text };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('reportError', () => {
  it('gives usage errors exit 2 and content errors exit 1, each one line with its hint as a sentence', () => {
    expect(report(new UsageError('unknown format `docx`', { hint: 'use md, html, pdf or json' }))).toEqual({
      code: 2,
      text: 'prep: unknown format `docx`. use md, html, pdf or json.\n',
    });
    expect(report(new ContentError('no roles found.')).code).toBe(1);
  });

  it('calls anything else a bug: one line saying so and what to do, exit 1, and the stack only with --debug', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'title')");
    const plain = report(bug);
    expect(plain.code).toBe(1);
    expect(plain.text).toBe(
      "prep: internal error: Cannot read properties of undefined (reading 'title') Re-run with --debug for the stack trace and report it.\n",
    );
    vi.restoreAllMocks();
    const debug = report(bug, true);
    expect(debug.text.split('\n')[1]).toMatch(/^TypeError: Cannot read/);
    expect(debug.text).toMatch(/^\s+at /m);
  });
});
