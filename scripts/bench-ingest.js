// Measures ingest() against bare csv-parse on the same synthetic export (for a
// Windows-1257 export, also against csv-parse reading the bytes transcoded to
// UTF-8, as ingest reads them), and peak memory at 100k vs 1M rows. Needs
// `npm run build`. Data goes to bench-data/.
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
    repeat: { type: 'string', default: '7' },
    child: { type: 'string' },
  },
});

if (values.child !== undefined) {
  // One measurement in a fresh process, so that peak RSS belongs to it alone.
  const [file] = positionals;
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  let rows = 0;
  if (values.child === 'csv-parse' || values.child === 'transcoded') {
    const { parse } = await import('csv-parse');
    const { openCsv } = await import('../dist/ingest/read.js');
    const csv = await openCsv(file, file);
    const source = createReadStream(file, { highWaterMark: 256 * 1024 });
    const parser = parse({ delimiter: csv.delimiter, bom: true, relax_column_count: true });
    parser.on('data', () => rows++);
    if (values.child === 'csv-parse') {
      await pipeline(source, parser);
    } else {
      // What csv-parse needs to read a Windows-1257 export right: its bytes as UTF-8 first.
      const { OneByteToUtf8 } = await import('../dist/ingest/decode.js');
      if (csv.encoding === 'utf-8') throw new Error(`${file} is UTF-8: nothing to transcode`);
      const transcoder = new OneByteToUtf8(csv.encoding);
      await pipeline(
        source,
        async function* (chunks) {
          for await (const chunk of chunks) yield transcoder.transcode(chunk);
        },
        parser,
      );
    }
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
// Alternated and repeated: on a shared machine one run can be off by half.
// The headline is the median of the pairs (each ingest run against the
// csv-parse runs of its own round, just before it, so that they met the same
// machine); the fastest runs and the medians are shown beside it, with every pair.
const repeat = Number(values.repeat);
// A Windows-1257 export is also read by csv-parse after the same transcoding as ingest's:
// csv-parse alone reads its bytes as if they were UTF-8.
const transcoded = values.style !== 'utf8';
const runs = { bare: [], full: [], small: [], transcoded: [] };
for (let i = 0; i < repeat; i++) {
  if (transcoded) runs.transcoded.push(measure('transcoded', bigFile));
  runs.bare.push(measure('csv-parse', bigFile));
  runs.full.push(measure('ingest', bigFile));
  runs.small.push(measure('ingest', smallFile));
}
const byCpu = (list) => [...list].sort((a, b) => a.cpuSeconds - b.cpuSeconds);
const median = (list) => byCpu(list)[list.length >> 1];
const fastest = (list) => byCpu(list)[0];
const maxPeak = (list) => Math.max(...list.map((r) => r.peakMb));
const rate = (r) => Math.round(r.rows / r.cpuSeconds).toLocaleString('en-US');
const line = (r) =>
  `${r.cpuSeconds.toFixed(2)} s CPU (${r.seconds.toFixed(2)} s wall), ${rate(r)} rows/s`;
console.log(
  `${values.style} export, ${big.toLocaleString('en-US')} rows (${repeat} alternated runs each)`,
);
for (const [label, kind] of [
  ['bare csv-parse', 'bare'],
  ...(transcoded ? [['transcoded    ', 'transcoded']] : []),
  ['ingest():      ', 'full'],
]) {
  console.log(`  ${label} fastest ${line(fastest(runs[kind]))}`);
  console.log(`                  median  ${line(median(runs[kind]))}`);
}
// CPU time, not wall time: a shared or busy machine skews wall time, not the work done.
const ratio = (a, b) => a.cpuSeconds / b.cpuSeconds;
const pairs = runs.full.map((r, i) => ratio(r, runs.bare[i])).sort((a, b) => a - b);
console.log(
  `  time ratio ingest / csv-parse: ${pairs[pairs.length >> 1].toFixed(2)} (median of the pairs; target ≤ 1.3)`,
);
console.log(
  `    pairs ${pairs.map((r) => r.toFixed(2)).join(', ')}; ` +
    `fastest runs ${ratio(fastest(runs.full), fastest(runs.bare)).toFixed(2)}, ` +
    `medians ${ratio(median(runs.full), median(runs.bare)).toFixed(2)}`,
);
if (transcoded) {
  const against = runs.full.map((r, i) => ratio(r, runs.transcoded[i])).sort((a, b) => a - b);
  console.log(
    `  time ratio ingest / csv-parse of the transcoded bytes: ${against[against.length >> 1].toFixed(2)} ` +
      `(median of the pairs; pairs ${against.map((r) => r.toFixed(2)).join(', ')})`,
  );
}
const [smallPeak, bigPeak] = [maxPeak(runs.small), maxPeak(runs.full)];
console.log(
  `  peak RSS (highest of the runs): ${smallPeak.toFixed(0)} MB at ${small.toLocaleString('en-US')} rows, ` +
    `${bigPeak.toFixed(0)} MB at ${big.toLocaleString('en-US')} rows`,
);
console.log(`  memory ratio: ${(bigPeak / smallPeak).toFixed(2)} (target ≤ 1.5)`);
