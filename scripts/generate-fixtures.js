// Writes synthetic contact exports (made-up data, deterministic for a seed).
//   npm run build && npm run fixtures -- --rows 100000 --seed 7 --style excel --out big.csv
//   npm run fixtures -- --sample            regenerates fixtures/sample/ (the shipped sample)
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const usage = `usage: npm run fixtures -- --rows N --seed S [--style excel|utf8] [--out FILE]
                  [--from YYYY-MM-DD --to YYYY-MM-DD] [--clients N]
       npm run fixtures -- --sample [--out DIR]`;

let synthetic;
try {
  synthetic = await import('../dist-tools/synthetic.js');
} catch {
  console.error(
    'lsk-report fixtures: run "npm run build:tools" first (the generator runs from dist-tools/).',
  );
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    rows: { type: 'string' },
    seed: { type: 'string', default: '1' },
    style: { type: 'string', default: 'utf8' },
    out: { type: 'string' },
    from: { type: 'string', default: '2021-01-01' },
    to: { type: 'string', default: '2021-12-31' },
    clients: { type: 'string' },
    sample: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

function fail(message) {
  console.error(`lsk-report fixtures: ${message}\n${usage}`);
  process.exit(2);
}

function open(path) {
  return path === undefined || path === '-' ? process.stdout : createWriteStream(path);
}

async function close(stream) {
  if (stream === process.stdout) return;
  stream.end();
  await finished(stream);
}

if (values.help) {
  console.log(usage);
} else if (values.sample) {
  // The shipped sample: one year, a Latvian Excel file for January–June and a UTF-8 file for July–December.
  const dir = values.out ?? 'fixtures/sample';
  await mkdir(dir, { recursive: true });
  const first = {
    out: createWriteStream(join(dir, '2021-01-06-kontakti.csv')),
    style: 'excel',
  };
  const second = { out: createWriteStream(join(dir, '2021-07-12-contacts.csv')), style: 'utf8' };
  const rows = await synthetic.writeSplitExport(first, second, {
    rows: 3600,
    seed: 2021,
    from: '2021-01-01',
    to: '2021-12-31',
    splitAt: '2021-07-01',
  });
  await Promise.all([close(first.out), close(second.out)]);
  console.error(`wrote ${rows[0]} + ${rows[1]} rows to ${dir}`);
} else {
  const rows = Number(values.rows);
  const seed = Number(values.seed);
  if (!Number.isInteger(rows) || rows < 0) fail('--rows must be a whole number');
  if (!Number.isInteger(seed)) fail('--seed must be a whole number');
  if (!synthetic.EXPORT_STYLES.includes(values.style)) fail('--style must be excel or utf8');
  const clients = values.clients === undefined ? undefined : Number(values.clients);
  const out = open(values.out);
  const written = await synthetic.writeExport(out, {
    rows,
    seed,
    style: values.style,
    from: values.from,
    to: values.to,
    clients,
  });
  await close(out);
  if (out !== process.stdout) console.error(`wrote ${written} rows to ${values.out}`);
}
