import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Company } from '../../src/model/company.js';
import { fixtures } from '../helpers/cli.js';

/** A hand-made company model from test/fixtures/models, validated. */
export function fixtureModel(id: string): Company {
  return Company.parse(JSON.parse(readFileSync(path.join(fixtures, 'models', `${id}.json`), 'utf8')));
}
