// Where the CPU time of one CLI run goes, by what the code belongs to: runs the
// command under `node --cpu-prof` and sums each sample's self time into a bucket
// by the file of the function it was in. In the bundle, the file is the module
// esbuild's `// path` comment above the function names. Used by scripts/bench.js.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLE } from '../dist/cli/start.js';

// First match wins; a sample's bucket is decided by the function it is in, not its callers.
const BUCKETS = [
  [
    'Node start-up and module loading',
    /^node:internal\/(modules|bootstrap|deps\/cjs-module-lexer)|^node:vm$|compileFunction|compileSourceTextModule|^bundle top level$/,
  ],
  ['CSV parsing (csv-parse)', /csv-parse\//],
  ['validation (ingest, zod)', /dist\/ingest\/|zod\//],
  ['aggregation (statistics)', /dist\/stats\/|dist\/pipeline/],
  ['narratives (Handlebars)', /handlebars\/|dist\/render\/(narrative|templates|template-helpers)/],
  [
    'charts (Chart.js, canvas)',
    /chart\.js\/|@napi-rs\/canvas|dist\/render\/(charts|svg)|svg-to-pdfkit/,
  ],
  [
    'PDF (pdfkit, fonts, layout)',
    /pdfkit|fontkit|restructure|linebreak|tiny-inflate|unicode-|brotli|@noble|png-js|jpeg-exif|crypto-js|dist\/render\//,
  ],
  ['garbage collection', /^\(garbage collector\)$/],
  ['waiting (I/O, idle)', /^\((idle|program)\)$/],
];
const OTHER = 'other (Node, CLI, I/O)';

/** For each line of the bundle (0-based), the module it comes from. */
function bundleModules() {
  const modules = [];
  let current = 'bundle top level';
  readFileSync(BUNDLE, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const marker = /^\/\/ ((?:node_modules|dist)\/\S+)$/.exec(line);
      if (marker) current = marker[1];
      modules[index] = current;
    });
  return modules;
}

/** Runs `node args` with the CPU profiler and returns milliseconds of CPU per bucket, largest first. */
export function profileRun(args) {
  const dir = mkdtempSync(join(tmpdir(), 'lsk-profile-'));
  try {
    const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, ...args], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`profiled run failed:\n${run.stderr}`);
    const totals = new Map([...BUCKETS.map(([name]) => [name, 0]), [OTHER, 0]]);
    const modules = bundleModules();
    const bundleUrl = pathToFileURL(BUNDLE).href;
    // One profile per thread; the CLI runs in one.
    for (const name of readdirSync(dir)) {
      const profile = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
      profile.samples.forEach((id, i) => {
        const { url, functionName, lineNumber } = nodes.get(id).callFrame;
        const inBundle = url === bundleUrl;
        const where = inBundle
          ? lineNumber === 0 && functionName === ''
            ? 'bundle top level'
            : modules[lineNumber]
          : url || functionName;
        const bucket = BUCKETS.find(([, pattern]) => pattern.test(where))?.[0] ?? OTHER;
        totals.set(bucket, totals.get(bucket) + profile.timeDeltas[i] / 1000);
      });
    }
    return [...totals].filter(([, ms]) => ms >= 0.5).sort((a, b) => b[1] - a[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
