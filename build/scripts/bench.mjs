// `npm run bench`: builds what it measures, then runs test/bench/run-bench.ts (Playwright + Chromium).
import { runTypeScript } from './run-ts.mjs';
import { fileURLToPath } from 'node:url';

await runTypeScript(fileURLToPath(new URL('../../test/bench/run-bench.ts', import.meta.url)));
