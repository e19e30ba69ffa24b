#!/usr/bin/env node
// Kept tiny on purpose: everything else loads lazily from dist/.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);
