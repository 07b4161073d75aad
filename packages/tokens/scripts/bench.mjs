// Benchmark: the full token build (all themes and schemes), timed over several runs. Budget: under 5 s on 2 cores.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../src/build.mjs';

const tokensDir = fileURLToPath(new URL('../../../tokens', import.meta.url));
const runs = [];
for (let i = 0; i < 5; i++) {
  const { buildReport } = await build({ tokensDir, outDir: mkdtempSync(join(tmpdir(), 'polder-tokens-bench-')) });
  runs.push(buildReport);
}
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `token build: median ${median(runs.map((r) => r.milliseconds))} ms wall-clock, ` +
    `${median(runs.map((r) => r.cpuMilliseconds))} ms CPU over ${runs.length} runs (budget 5000 ms)`,
);
