// Measures ingest() against bare csv-parse on the same synthetic export, and
// peak memory at 100k vs 1M rows. Needs `npm run build`. Data goes to bench-data/.
//   node scripts/bench-ingest.js [--rows 1000000] [--style utf8|excel]
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { dataFile } from './bench-data.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rows: { type: 'string', default: '1000000' },
    style: { type: 'string', default: 'utf8' },
    repeat: { type: 'string', default: '3' },
    child: { type: 'string' },
  },
});

if (values.child !== undefined) {
  // One measurement in a fresh process, so that peak RSS belongs to it alone.
  const [file] = positionals;
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  let rows = 0;
  if (values.child === 'csv-parse') {
    const { parse } = await import('csv-parse');
    const { openCsv } = await import('../dist/ingest/read.js');
    const csv = await openCsv(file, file);
    const source = createReadStream(file, { highWaterMark: 256 * 1024 });
    const parser = parse({ delimiter: csv.delimiter, bom: true, relax_column_count: true });
    parser.on('data', () => rows++);
    await pipeline(source, parser);
    rows--; // the header
  } else {
    const { ingest } = await import('../dist/ingest/index.js');
    await ingest({ files: [file] }, () => rows++);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ rows, seconds, cpuSeconds, peakMb }));
  process.exit(0);
}

const exportOf = (rows) =>
  dataFile(`${values.style}-${rows}`, {
    rows,
    style: values.style,
    from: '2019-01-01',
    to: '2021-12-31',
  });

function measure(kind, file) {
  const run = spawnSync(process.execPath, [import.meta.filename, '--child', kind, file], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`${kind} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout);
}

const big = Number(values.rows);
const small = Math.round(big / 10);
const [smallFile, bigFile] = [await exportOf(small), await exportOf(big)];
// Alternated and repeated, the median of each: one run on a shared machine can be off by a fifth.
const repeat = Number(values.repeat);
const runs = { bare: [], full: [], small: [] };
for (let i = 0; i < repeat; i++) {
  runs.bare.push(measure('csv-parse', bigFile));
  runs.full.push(measure('ingest', bigFile));
  runs.small.push(measure('ingest', smallFile));
}
const median = (list) => [...list].sort((a, b) => a.cpuSeconds - b.cpuSeconds)[list.length >> 1];
const maxPeak = (list) => Math.max(...list.map((r) => r.peakMb));
const [bare, full] = [median(runs.bare), median(runs.full)];
const rate = (r) => Math.round(r.rows / r.cpuSeconds).toLocaleString('en-US');
const line = (r) =>
  `${r.cpuSeconds.toFixed(2)} s CPU (${r.seconds.toFixed(2)} s wall), ${rate(r)} rows/s`;
console.log(
  `${values.style} export, ${big.toLocaleString('en-US')} rows (median of ${repeat} alternated runs)`,
);
console.log(`  bare csv-parse: ${line(bare)}`);
console.log(`  ingest():       ${line(full)}`);
// CPU time, not wall time: a shared or busy machine skews wall time, not the work done.
// Each ingest run against the csv-parse run just before it: the machine's speed drifts between pairs.
const ratios = runs.full
  .map((r, i) => r.cpuSeconds / runs.bare[i].cpuSeconds)
  .sort((a, b) => a - b);
console.log(
  `  time ratio ingest / csv-parse: ${ratios[ratios.length >> 1].toFixed(2)} ` +
    `(median of the pairs; all: ${ratios.map((r) => r.toFixed(2)).join(', ')}; target ≤ 1.3)`,
);
const [smallPeak, bigPeak] = [maxPeak(runs.small), maxPeak(runs.full)];
console.log(
  `  peak RSS (highest of the runs): ${smallPeak.toFixed(0)} MB at ${small.toLocaleString('en-US')} rows, ` +
    `${bigPeak.toFixed(0)} MB at ${big.toLocaleString('en-US')} rows`,
);
console.log(`  memory ratio: ${(bigPeak / smallPeak).toFixed(2)} (target ≤ 1.5)`);
