// npm run bench [-- --sizes 10000,100000,1000000 --skip-ingest]
// Generates synthetic exports (bench-data/, git-ignored) and prints, for this machine:
//  1. a realistic period end to end (20,000 contacts, ~300 clients): wall time and where it goes;
//  2. ingest vs bare csv-parse and peak memory at 100k vs 1M rows (scripts/bench-ingest.js);
//  3. what aggregation adds to ingest at the largest size;
//  4. the whole report at each size: wall time, rows/s, peak memory.
// Needs `npm run build` (npm ci runs it).
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { dataFile } from './bench-data.js';
import { profileRun } from './bench-profile.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    'skip-ingest': { type: 'boolean', default: false },
    runs: { type: 'string', default: '11' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function node(args) {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${run.stderr}`);
  return { ms, stdout: run.stdout };
}
const child = (...args) => JSON.parse(node(['scripts/bench-child.js', ...args]).stdout);
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`,
);

// 1. The realistic job, as a user runs it.
const realistic = await dataFile('realistic-20k', {
  rows: 20_000,
  clients: 300,
  from: '2021-07-01',
  to: '2021-12-31',
});
const runs = Number(values.runs);
const walls = [];
const cliArgs = [
  'bin/lsk-report.js',
  '--period',
  '2021H2',
  '-i',
  realistic,
  '-o',
  `${realistic}.pdf`,
  '-q',
];
const bares = [];
const versions = [];
// Alternated, so that the machine's drift falls on all three alike.
for (let i = 0; i < runs; i++) {
  walls.push(node(cliArgs).ms);
  bares.push(node(['-e', '0']).ms);
  versions.push(node(['bin/lsk-report.js', '--version']).ms);
}
const split = child('report', realistic, '2021-07-01', '2021-12-31');
console.log(
  `1. Realistic period: 20,000 contacts, 300 clients, 2021H2 (median of ${runs} CLI runs)`,
);
console.log(
  `   wall time, whole CLI: ${fmt(median(walls))} ms (fastest ${fmt(Math.min(...walls))} ms)`,
);
console.log(`   of which Node start-up (node -e 0): ${fmt(median(bares))} ms`);
console.log(`   lsk-report --version (start-up and loading the CLI): ${fmt(median(versions))} ms`);
console.log('   phases of one in-process run:');
for (const [name, ms] of Object.entries(split.phases))
  console.log(`     ${name.padEnd(34)} ${fmt(ms).padStart(5)} ms`);
console.log('   CPU by what the code belongs to (one CLI run under the profiler, which slows it):');
for (const [name, ms] of profileRun(cliArgs))
  console.log(`     ${name.padEnd(34)} ${fmt(ms).padStart(5)} ms`);
console.log('');

// 2. Ingest against bare csv-parse, and memory at 100k vs 1M rows.
if (!values['skip-ingest']) {
  const largest = Math.max(...sizes);
  console.log('2. Ingest against bare csv-parse (CPU time, same file, same run)');
  const { stdout } = node(['scripts/bench-ingest.js', '--rows', String(largest)]);
  console.log(stdout.replace(/^/gm, '   '));
}

// 3 + 4. The whole report at each size.
const rows = [];
for (const size of sizes) {
  const file = await dataFile(`programme-${size}`, {
    rows: size,
    from: '2016-04-06',
    to: '2021-12-31',
  });
  const report = child('report', file, '2021-07-01', '2021-12-31');
  rows.push({ size, report });
  if (size === Math.max(...sizes)) {
    // Alternated and repeated: the difference is small beside one run's noise.
    const ingestOnly = [];
    const withAggregation = [];
    for (let i = 0; i < 3; i++) {
      ingestOnly.push(child('ingest', file, '2021-07-01', '2021-12-31').cpuSeconds);
      withAggregation.push(child('aggregate', file, '2021-07-01', '2021-12-31').cpuSeconds);
    }
    const [plain, aggregated] = [median(ingestOnly), median(withAggregation)];
    const extra = (aggregated / plain - 1) * 100;
    console.log(
      `3. Aggregation at ${fmt(size)} rows (median of 3 alternated runs): ingest ${plain.toFixed(2)} s CPU, ` +
        `ingest + aggregation ${aggregated.toFixed(2)} s CPU: ${extra >= 0 ? '+' : ''}${extra.toFixed(1)} % (target ≤ 10 %)\n`,
    );
  }
}
console.log('4. Whole report (ingest, statistics for 2021H2, PDF), programme 2016–2021');
console.log('   rows        wall s   rows/s      peak MB');
for (const { size, report } of rows) {
  console.log(
    `   ${fmt(size).padEnd(10)} ${(report.ms / 1000).toFixed(2).padStart(7)} ${fmt(size / (report.ms / 1000)).padStart(10)} ${fmt(report.peakMb).padStart(10)}`,
  );
}
