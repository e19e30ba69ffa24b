import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Company } from '../../src/model/company.js';
import { fixtures } from '../helpers/cli.js';

const dir = path.join(fixtures, 'models');

describe('company model fixtures', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.json')))('%s validates against the Company schema', (file) => {
    const result = Company.safeParse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    expect(result.error?.issues ?? []).toEqual([]);
  });
});
