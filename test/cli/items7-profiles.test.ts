import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../helpers/cli.js';
import { builtPacket, listed, shown } from '../helpers/trial.js';

// Defects found in earlier trials, as a user meets them: the name `prep list` prints, the packet's labels and sources.
const items7 = path.join(fixtures, 'profiles-items7');

describe('a Workday posting whose company name stands between the page\'s chrome', () => {
  it('is listed under that name, not under its folder\'s id', async () => {
    const { companies } = await listed(items7);
    expect(companies.find(([id]) => id === 'tarnhollow')?.[1]).toBe('Tarnhollow Acoustics');
  });

  it('prints its lower-case field names as labels with a capital', async () => {
    const packet = await builtPacket(items7, 'tarnhollow', 'embedded firmware engineer');
    expect(packet).toMatch(/^# Tarnhollow Acoustics: Embedded Firmware Engineer\n/);
    expect(packet).toContain('**Time type:** Full time');
    expect(packet).not.toMatch(/\*\*[a-z][^*\n]*:\*\*/);
  });
});

describe('a 10-K filing in a folder named after its ticker', () => {
  const profiles = mkdtempSync(path.join(tmpdir(), 'prep-10k-'));
  mkdirSync(path.join(profiles, 'vrno'));
  copyFileSync(path.join(fixtures, 'profiles-trial7/verrano/10-K-2024-excerpt.txt'), path.join(profiles, 'vrno/10-K-2024-excerpt.txt'));

  it('names the company as the cover registers it, spelled as its prose spells it', async () => {
    const { companies } = await listed(profiles);
    expect(companies).toEqual([['vrno', 'Verrano Biologics, Inc.', []]]);
  });

  it('titles the filing with that name, never with the regulator\'s', async () => {
    const model = await shown<{ sources: { title: string | null }[] }>(profiles, 'vrno');
    expect(model.sources.map((s) => s.title)).toEqual(['VERRANO BIOLOGICS, INC.']);
  });
});
