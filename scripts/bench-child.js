// One measurement in a fresh process, so that its peak RSS belongs to it alone.
// Used by scripts/bench.js; prints one JSON line.
//   node scripts/bench-child.js report FILE FROM TO     the whole main job in-process, with phases
//   node scripts/bench-child.js ingest|aggregate FILE FROM TO
import { parseArgs } from 'node:util';

const { positionals } = parseArgs({ allowPositionals: true });
const [mode, file, from, to] = positionals;
const bootMs = performance.now(); // Node's own start-up, before this script ran
const cpuStarted = process.cpuUsage();
const started = performance.now();
const phases = {};

if (mode === 'report') {
  // The bundle with its code cache, as bin/lsk-report.js loads it.
  const loadStarted = performance.now();
  const { loadCli } = await import('../dist/cli/start.js');
  const cli = loadCli();
  const { buildReports, configSchema, writeOutputs } = cli.bundle;
  phases[`loading the CLI (code cache ${cli.codeCache})`] = performance.now() - loadStarted;
  const result = await buildReports({
    targets: [{ period: { from, to }, pdfPath: `${file}.pdf`, jsonPath: `${file}.json` }],
    ingest: { files: [file] },
    skipInvalid: false,
    config: configSchema.parse({ billing: { ratePerClientMonth: 95 } }),
    configDir: process.cwd(),
    generatedOn: new Date(0),
    onPhase: (name, ms) => (phases[name] = (phases[name] ?? 0) + ms),
  });
  const writeStarted = performance.now();
  const [report] = result.reports;
  await writeOutputs([
    { path: `${file}.pdf`, data: report.pdf },
    { path: `${file}.json`, data: report.json },
  ]);
  phases['writing'] = performance.now() - writeStarted;
} else {
  const { ingest } = await import('../dist/ingest/index.js');
  let sink = () => {};
  let aggregator = null;
  if (mode === 'aggregate') {
    const { PeriodAggregator } = await import('../dist/stats/aggregate.js');
    const { configSchema } = await import('../dist/config/schema.js');
    aggregator = new PeriodAggregator({ period: { from, to }, config: configSchema.parse({}) });
    sink = (contact) => aggregator.add(contact);
  }
  const result = await ingest({ files: [file] }, sink);
  if (aggregator) aggregator.finish(result.clients, result.dataQuality);
}

const cpu = process.cpuUsage(cpuStarted);
console.log(
  JSON.stringify({
    bootMs,
    ms: performance.now() - started,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakMb: process.resourceUsage().maxRSS / 1024,
    phases,
  }),
);
