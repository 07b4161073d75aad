// Benchmark, not a test: how long the combobox's matching takes per keystroke with 10,000 options.
// Run it with `node scripts/bench-combobox.mjs` (from packages/components). It bundles the matching code from
// src/listbox/match.ts, prepares the index once, then types queries one character at a time and prints the
// time each keystroke's search takes (median and worst of several rounds). The budget is one frame: 16 ms.
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'listbox', 'match.ts');
const { outputFiles } = await build({
  entryPoints: [src],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
});
const { ChoiceIndex } = await import(`data:text/javascript,${encodeURIComponent(outputFiles[0].text)}`);

// 10,000 realistic options: streets in municipalities, with accents, punctuation and alternative names.
const streets = [
  'Kerkstraat',
  'Dorpsstraat',
  'Prins Bernhardlaan',
  'Súdwei',
  "'t Hooft",
  'Molenweg',
  'Julianaplein',
  'Van der Duyn van Maasdamweg',
];
const places = [
  "'s-Hertogenbosch",
  'Súdwest-Fryslân',
  'Alphen aan den Rijn',
  'Nuenen, Gerwen en Nederwetten',
  'Utrecht',
  "'s-Gravenhage",
];
const choices = Array.from({ length: 10000 }, (_, i) => ({
  value: String(i),
  label: `${streets[i % streets.length]} ${(i % 250) + 1}, ${places[i % places.length]}`,
  alt: i % places.length === 0 ? 'Den Bosch' : undefined,
}));

let t = performance.now();
const index = new ChoiceIndex(choices);
const prepare = performance.now() - t;

const queries = ['d', 'den bosch', 's hertogenbosch', 'kerkstraat 12', 'sudwest', 'maasdam', 'xyz'];
// Wall-clock time, and the CPU time of this process (less disturbed by other work on a busy machine).
const times = [];
const cpu = [];
for (let round = 0; round < 6; round++)
  for (const query of queries)
    for (let n = 1; n <= query.length; n++) {
      const c = process.cpuUsage();
      t = performance.now();
      index.search(query.slice(0, n)).slice(0, 100);
      const wall = performance.now() - t;
      const used = process.cpuUsage(c);
      // The first round warms the JIT up, as the first keystrokes in a page do; it is not counted.
      if (round === 0) continue;
      times.push(wall);
      cpu.push((used.user + used.system) / 1000);
    }
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const worst = times[times.length - 1];
const p95 = times[Math.floor(times.length * 0.95)];
console.log(`10,000 options: index prepared once in ${prepare.toFixed(1)} ms`);
console.log(
  `per keystroke (${times.length} keystrokes): median ${median.toFixed(2)} ms, 95th percentile ${p95.toFixed(2)} ms, worst ${worst.toFixed(2)} ms (budget 16 ms)`,
);
console.log(
  `CPU time per keystroke: median ${cpu[Math.floor(cpu.length / 2)].toFixed(2)} ms, worst ${cpu[cpu.length - 1].toFixed(2)} ms`,
);
