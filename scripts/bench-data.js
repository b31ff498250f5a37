// Synthetic exports for the benchmarks, generated once into bench-data/ (git-ignored).
// Needs `npm run build:tools` (npm run bench runs it).
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';

export const DIR = 'bench-data';

/** `bench-data/<name>.csv`, written by the generator (seed 42, UTF-8 unless told) if missing. */
export async function dataFile(name, options) {
  const { writeExport } = await import('../dist-tools/synthetic.js');
  mkdirSync(DIR, { recursive: true });
  const file = join(DIR, `${name}.csv`);
  if (!existsSync(file)) {
    const out = createWriteStream(file);
    await writeExport(out, { seed: 42, style: 'utf8', ...options });
    out.end();
    await finished(out);
  }
  return file;
}
