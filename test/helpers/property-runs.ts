// Setup for `npm run test:properties`: every fast-check property at FC_RUNS runs (default 1,000, ten
// times the usual), to shake out the rare inputs a normal run meets once in many runs.
import fc from 'fast-check';

fc.configureGlobal({ numRuns: Number(process.env['FC_RUNS'] ?? 1000) });
