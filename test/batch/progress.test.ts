import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/batch/progress.js';
import { ContentError } from '../../src/errors.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { batch, captured, chalk, cwd, hooksOf } from './progress-harness.js';

describe('progress without a TTY', () => {
  it('prints one plain line per target and a summary', async () => {
    const { text } = await batch({});
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual([
      'up to date acme/machine-learning-engineer',
      'failed beta: beta/notes.md:4:1: Unexpected front matter',
      'built netflix/machine-learning-engineer → packets/netflix-machine-learning-engineer.md, packets/netflix-machine-learning-engineer.pdf',
      'skipped zeta: no role matching "mle"',
    ]);
    expect(lines.at(-1)).toMatch(/^built 1, up to date 1, failed 1, skipped 1 in \d+ms$/);
    expect(text).not.toContain('\u001b');
  });

  it('prints nothing but failures with --quiet', async () => {
    const { text } = await batch({ quiet: true });
    expect(text).toBe('failed beta: beta/notes.md:4:1: Unexpected front matter\n');
  });
});

describe('progress without a TTY: the same order for the same inputs', () => {
  /** Three companies whose work finishes in the order the test says, not the order they started. */
  async function outOfOrder(quiet: boolean) {
    const { stream, text } = captured({ isTTY: false });
    const progress = createProgress({ stream, chalk, quiet, cwd });
    const gates = new Map<string, () => void>();
    const run = runBatch(
      ['acme', 'beta', 'zeta'],
      async (company, report) => {
        await new Promise<void>((resolve) => gates.set(company, resolve));
        if (company === 'beta') throw new ContentError('beta/notes.md:4:1: Unexpected front matter');
        // A company's own targets finish in any order too.
        for (const role of ['zz-role', 'aa-role']) report({ key: `${company}/${role}`, status: 'built', outputs: [], ms: 0 });
      },
      hooksOf(progress, 3),
    );
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    await tick();
    return { run, gates, tick, text, progress };
  }

  it('prints companies in sorted order and a company\'s targets sorted, whatever order they finish in', async () => {
    const { run, gates, tick, text } = await outOfOrder(false);
    gates.get('zeta')!();
    await tick();
    gates.get('beta')!();
    await tick();
    // Nothing before acme is done: zeta's and beta's lines wait for it, no longer.
    expect(text()).toBe('');
    gates.get('acme')!();
    await run;
    expect(text().split('\n').slice(0, 5)).toEqual([
      'built acme/aa-role',
      'built acme/zz-role',
      'failed beta: beta/notes.md:4:1: Unexpected front matter',
      'built zeta/aa-role',
      'built zeta/zz-role',
    ]);
  });

  it('releases a company\'s lines as soon as every company before it is done', async () => {
    const { run, gates, tick, text } = await outOfOrder(false);
    gates.get('acme')!();
    await tick();
    expect(text()).toBe('built acme/aa-role\nbuilt acme/zz-role\n');
    gates.get('beta')!();
    gates.get('zeta')!();
    await run;
  });

  it('orders the failures of a --quiet run the same way', async () => {
    const { run, gates, tick, text } = await outOfOrder(true);
    gates.get('beta')!();
    await tick();
    gates.get('zeta')!();
    gates.get('acme')!();
    await run;
    expect(text()).toBe('failed beta: beta/notes.md:4:1: Unexpected front matter\n');
  });

  it('prints what finished, in order, when the batch is stopped', async () => {
    const { gates, tick, text, progress } = await outOfOrder(false);
    gates.get('zeta')!();
    await tick();
    // acme and beta are cut short: zeta's lines still come out, before the line saying so.
    progress.abort();
    expect(text()).toBe('built zeta/aa-role\nbuilt zeta/zz-role\nstopped after 1 of 3 companies; run the same command again to build the rest\n');
  });
});

describe('progress on a TTY', () => {
  it('keeps failures and the summary on screen, not a line per built target', async () => {
    const { text } = await batch({ isTTY: true });
    expect(text).toContain('failed beta: beta/notes.md:4:1');
    expect(text).not.toContain('built netflix/machine-learning-engineer →');
    expect(text).toMatch(/built 1, up to date 1, failed 1, skipped 1 in \d+ms\n$/);
  });

  it('gives the terminal back its cursor and line wrapping when the batch is stopped (Ctrl-C) mid-bar', () => {
    const { stream, text: written } = captured({ isTTY: true, columns: 80 });
    const progress = createProgress({ stream, chalk, quiet: false, cwd });
    progress.start(['acme', 'beta', 'zeta']);
    progress.unitDone('acme');
    expect(written()).toContain('\u001b[?25l');
    progress.abort();
    const text = written();
    const hidden = text.lastIndexOf('\u001b[?25l');
    expect(text.lastIndexOf('\u001b[?25h')).toBeGreaterThan(hidden);
    expect(text.lastIndexOf('\u001b[?7h')).toBeGreaterThan(text.lastIndexOf('\u001b[?7l'));
    // The prompt that follows starts on a line of its own.
    expect(text.endsWith('\n')).toBe(true);
  });
});

// A bug in one target is one line like any failure, but --debug must still give the stack to report.
describe('a target that fails on a bug, not on its content', () => {
  const run = async (debug: boolean) => {
    const { stream, text } = captured({ isTTY: false });
    const progress = createProgress({ stream, chalk, quiet: false, cwd, debug });
    await runBatch(
      ['acme', 'beta'],
      async (company) => {
        if (company === 'acme') throw new TypeError("Cannot read properties of undefined (reading 'title')");
        throw new ContentError('beta/notes.md:4:1: Unexpected front matter');
      },
      hooksOf(progress, 1),
    );
    return text();
  };

  it('is called an internal error, with what to do, and its stack comes only with --debug', async () => {
    const plain = await run(false);
    expect(plain).toMatch(/^failed acme: internal error: Cannot read properties of undefined \(reading 'title'\); re-run with --debug for the stack trace and report it\n/);
    expect(plain).toMatch(/^failed beta: beta\/notes\.md:4:1: Unexpected front matter\n/m);
    expect(plain).not.toMatch(/^\s+at /m);
    const debug = await run(true);
    expect(debug).toMatch(/^failed acme: internal error: [^\n]*\nTypeError: Cannot read[^\n]*\n\s+at /);
    // A content error is the user's to fix: no stack for it, --debug or not.
    expect(debug).toMatch(/^failed beta: [^\n]*\n(?!\s+at )/m);
  });
});
