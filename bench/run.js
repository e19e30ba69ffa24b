// `npm run bench`: every stage's benchmark in one run. Each stage adds its own module.
import { benchTailor } from './tailor.js';

for (const line of await benchTailor()) console.log(line);
