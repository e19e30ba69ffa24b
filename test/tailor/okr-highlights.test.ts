import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { fixtures, repoRoot } from '../helpers/cli.js';
import { build } from './helpers.js';

// Quillmere's OKR plan: one objective with a description line, one without.
const { company } = await compile(path.join(fixtures, 'profiles-items7'), 'quillmere', { cwd: repoRoot });
const packet = build(company, 'Backend Engineer');
const okr = (title: string) => packet.highlights.find((h) => h.kind === 'okr' && h.title === title)!;

describe('an OKR highlight', () => {
  it('lists its key results one by one, each with its own line, and keeps text as the description and key results joined', () => {
    const fares = okr('RELIABLE FARES');
    expect(fares.keyResults?.map((k) => [k.text, k.source.line])).toEqual([
      ['Settle 99.9% of contactless taps within two seconds of the tap', 20],
      ['Upload offline taps within 5 minutes of a validator regaining coverage', 21],
      ['Halve fare-capping disputes raised by riders', 22],
    ]);
    expect(fares.text).toBe(['Make fare payment work on every bus, online or not', ...fares.keyResults!.map((k) => k.text)].join('; '));
  });

  it('without a description, is its key results alone', () => {
    const dawn = okr('CHARGED BY DAWN');
    expect(dawn.keyResults).toHaveLength(2);
    expect(dawn.text).toBe(dawn.keyResults!.map((k) => k.text).join('; '));
  });
});
