import path from 'node:path';
import { fixtures } from '../helpers/cli.js';

/** The fixture repository `prep build --all` runs over, and a fixed build date. */
export const profiles = path.join(fixtures, 'profiles');
export const env = { SOURCE_DATE_EPOCH: '1700000000' };

/** `built x/y → …` lines → the keys, sorted. */
export const keys = (stderr: string, status = 'built') =>
  stderr
    .split('\n')
    .filter((l) => l.startsWith(`${status} `) && !/^built \d+,/.test(l))
    .map((l) => l.slice(status.length + 1).split(/[ :]/)[0] ?? '')
    .sort();
