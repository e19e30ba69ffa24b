import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// `npm run test:properties`: the suite with every property run many more times (see test/helpers/property-runs.ts).
export default mergeConfig(base, defineConfig({ test: { setupFiles: ['./test/helpers/property-runs.ts'], testTimeout: 600_000 } }));
