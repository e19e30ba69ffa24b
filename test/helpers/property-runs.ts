// Setup for `npm run test:properties`: every fast-check property at FC_RUNS runs (default 1,000, ten
// times the usual), to shake out the rare inputs a normal run meets once in many runs. A property
// with a run count of its own takes the higher of the two through runs() (test/helpers/runs.ts).
import fc from 'fast-check';

process.env['FC_RUNS'] ??= '1000';
fc.configureGlobal({ numRuns: Number(process.env['FC_RUNS']) });
