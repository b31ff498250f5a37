// npm run bench [-- --pairs 5 --large-pairs 3 --rows 1000000 --baseline DIR]
// Every figure is a ratio of two programs run side by side in this one run, alternating
// A B, B A, … so that the machine's drift falls on both alike; it prints the median of
// the pairs' ratios and their range. Synthetic exports go to bench-data/ (git-ignored).
//  1. the realistic job (20,000 contacts) and 1,000,000 rows: lsk-report against the same
//     report in Python (bench/report.py: pandas, matplotlib, reportlab), wall time and peak
//     memory; and lsk-report's fixed cost (a report of one contact) against the Python
//     realistic job; skipped with a note where those packages are missing;
//  2. ingest against bare csv-parse reading the same file (CPU time in each process);
//  3. a batch of 12 half-years against one period, on the same export;
//  4. with --baseline DIR (another build's folder): the realistic job against that build.
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { dataFile } from './bench-data.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pairs: { type: 'string', default: '5' },
    'large-pairs': { type: 'string', default: '3' },
    rows: { type: 'string', default: '1000000' },
    baseline: { type: 'string' },
    child: { type: 'string' },
  },
});

// A child measures itself: CPU time of the work, without Node's start-up.
if (values.child !== undefined) {
  const [file] = positionals;
  const cpu = process.cpuUsage();
  if (values.child === 'csv-parse') {
    const { parse } = await import('csv-parse');
    let rows = 0;
    const parser = parse({ bom: true, relax_column_count: true });
    parser.on('data', () => rows++);
    await pipeline(createReadStream(file), parser);
  } else {
    const { ingest } = await import('../dist/ingest/index.js');
    await ingest({ files: [file] }, () => {});
  }
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ cpuMs: (used.user + used.system) / 1000 }));
  process.exit(0);
}

const out = mkdtempSync(join(tmpdir(), 'lsk-report-bench-'));
// Peak memory of a Node process, as Python reports its own (ru_maxrss).
const peakHook = join(out, 'peak.cjs');
writeFileSync(
  peakHook,
  "process.on('exit', () => require('fs').writeSync(2, `\\nPEAK_MB ${process.resourceUsage().maxRSS / 1024}\\n`));\n",
);

function run(command, args) {
  const started = performance.now();
  const child = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${child.stderr}`);
  const peak = /PEAK_MB (\S+)|"peakMb": (\S+)}/.exec(child.stderr);
  return { ms, peakMb: peak ? Number(peak[1] ?? peak[2]) : NaN, stdout: child.stdout };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const range = (list) => `${Math.min(...list).toFixed(2)}–${Math.max(...list).toFixed(2)}`;

/** Runs `a` and `b` in alternated pairs (after one warm-up each if `warm`); returns each pair's measures. */
function pairs(count, a, b, warm = true) {
  if (warm) {
    a();
    b();
  }
  const measured = [];
  for (let i = 0; i < count; i++) {
    const [first, second] = i % 2 === 0 ? [a, b] : [b, a];
    const x = first();
    const y = second();
    measured.push(i % 2 === 0 ? { a: x, b: y } : { a: y, b: x });
  }
  return measured;
}

/** One line: the median of the pairs' ratios b / a, their range, and the target. */
function ratio(label, measured, pick, target) {
  const ratios = measured.map(({ a, b }) => pick(b) / pick(a));
  const m = median(ratios);
  const verdict =
    target === undefined ? '' : `  target ≤ ${target}: ${m <= target ? 'met' : 'NOT met'}`;
  console.log(`   ${label.padEnd(44)} ${m.toFixed(2)}× (pairs ${range(ratios)})${verdict}`);
  return m;
}

const fmtMs = (list) => `${(median(list) / 1000).toFixed(2)} s`;
const lsk = (...args) =>
  run(process.execPath, ['-r', peakHook, 'bin/lsk-report.js', '-q', ...args]);

/** Python with pandas, matplotlib and reportlab, or null. Debian's python3 packages live in /usr/bin. */
function findPython() {
  for (const python of [process.env.LSK_BENCH_PYTHON, '/usr/bin/python3', 'python3']) {
    if (!python) continue;
    const probe = spawnSync(python, ['-c', 'import pandas, matplotlib, reportlab'], {
      encoding: 'utf8',
    });
    if (probe.status === 0) return python;
  }
  return null;
}

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; ` +
    `${values.pairs} pairs (${values['large-pairs']} at ${Number(values.rows).toLocaleString('en-US')} rows), ` +
    'medians of the pairs\u2019 ratios, ranges in brackets\n',
);

const realistic = resolve(
  await dataFile('realistic-20k', {
    rows: 20_000,
    clients: 300,
    from: '2021-07-01',
    to: '2021-12-31',
  }),
);
const large = resolve(
  await dataFile(`programme-${values.rows}`, {
    rows: Number(values.rows),
    from: '2016-04-06',
    to: '2021-12-31',
  }),
);
// The realistic export's header and first contact: what any report costs, whatever its size.
const oneContact = join(out, 'one-contact.csv');
writeFileSync(
  oneContact,
  readFileSync(realistic, 'utf8').split('\n').slice(0, 2).join('\n') + '\n',
);
const programme = resolve(
  await dataFile('programme-100000', { rows: 100_000, from: '2016-04-06', to: '2021-12-31' }),
);

// 1. Against the Python version.
const python = findPython();
console.log('1. lsk-report against bench/report.py (pandas, matplotlib, reportlab), 2021H2');
if (python === null) {
  console.log(
    '   skipped: no python3 with pandas, matplotlib and reportlab (on Debian: apt-get install\n' +
      '   python3-pandas python3-matplotlib python3-reportlab, or set LSK_BENCH_PYTHON)\n',
  );
} else {
  const pythonReport = (file) => () =>
    run(python, [
      'bench/report.py',
      ...['--from', '2021-07-01', '--to', '2021-12-31'],
      ...['--out', join(out, 'py.pdf'), '--json', join(out, 'py.json'), file],
    ]);
  const lskReport = (file) => () =>
    lsk('--period', '2021H2', '-i', file, '-o', join(out, 'lsk.pdf'));
  for (const [label, file, count] of [
    ['realistic job, 20,000 contacts', realistic, Number(values.pairs)],
    [`${Number(values.rows).toLocaleString('en-US')} rows`, large, Number(values['large-pairs'])],
  ]) {
    const measured = pairs(
      count,
      pythonReport(file),
      lskReport(file),
      file === realistic, // the large runs are long enough to need no warm-up
    );
    console.log(
      `   ${label}: lsk-report ${fmtMs(measured.map((m) => m.b.ms))}, Python ${fmtMs(measured.map((m) => m.a.ms))} (medians)`,
    );
    const isLarge = file === large;
    ratio('  wall time, lsk-report / Python', measured, (m) => m.ms, isLarge ? 1.0 : 0.33);
    ratio(
      '  peak memory, lsk-report / Python',
      measured,
      (m) => m.peakMb,
      isLarge ? 0.7 : undefined,
    );
  }
  // The floor under the realistic ratio: start-up, loading the renderer, one report drawn.
  const fixed = pairs(Number(values.pairs), pythonReport(realistic), lskReport(oneContact));
  console.log(
    `   fixed cost, a report of one contact: lsk-report ${fmtMs(fixed.map((m) => m.b.ms))} (median)`,
  );
  ratio('  wall time, one contact / Python realistic', fixed, (m) => m.ms);
  console.log('');
}

// 2. Ingest against csv-parse alone.
console.log(
  `2. Ingest against bare csv-parse, ${Number(values.rows).toLocaleString('en-US')} rows (CPU time)`,
);
{
  const child = (mode) => () =>
    JSON.parse(run(process.execPath, ['scripts/bench.js', '--child', mode, large]).stdout);
  const measured = pairs(Number(values['large-pairs']), child('csv-parse'), child('ingest'), false);
  console.log(
    `   ingest ${fmtMs(measured.map((m) => m.b.cpuMs))}, csv-parse ${fmtMs(measured.map((m) => m.a.cpuMs))} (medians)`,
  );
  ratio('ingest / csv-parse', measured, (m) => m.cpuMs, 1.5);
  console.log('');
}

// 3. A batch of 12 half-years against one period.
console.log(
  '3. A batch of 12 half-years (2016H1–2021H2) against one period, 100,000 rows (wall time)',
);
{
  const periods = join(out, 'periods.json');
  const halves = [2016, 2017, 2018, 2019, 2020, 2021].flatMap((y) => [`${y}H1`, `${y}H2`]);
  writeFileSync(
    periods,
    JSON.stringify({ outDir: join(out, 'batch'), periods: halves.map((period) => ({ period })) }),
  );
  const measured = pairs(
    Number(values.pairs),
    () => lsk('--period', '2021H2', '-i', programme, '-o', join(out, 'one.pdf')),
    () => lsk('batch', '--periods', periods, '-i', programme),
  );
  console.log(
    `   batch ${fmtMs(measured.map((m) => m.b.ms))}, one period ${fmtMs(measured.map((m) => m.a.ms))} (medians)`,
  );
  ratio('batch / one period', measured, (m) => m.ms, 1.5);
  console.log('');
}

// 4. Against another build.
if (values.baseline !== undefined) {
  const baseline = resolve(values.baseline, 'bin', 'lsk-report.js');
  console.log(`4. The realistic job against the build in ${values.baseline} (wall time)`);
  const args = ['-q', '--period', '2021H2', '-i', realistic];
  const measured = pairs(
    Number(values.pairs),
    () => run(process.execPath, ['-r', peakHook, baseline, ...args, '-o', join(out, 'old.pdf')]),
    () => lsk(...args.slice(1), '-o', join(out, 'new.pdf')),
  );
  ratio('this build / baseline', measured, (m) => m.ms);
  ratio('peak memory, this build / baseline', measured, (m) => m.peakMb);
}
rmSync(out, { recursive: true, force: true });
