#!/usr/bin/env node
// Loads the bundled CLI with its code cache (src/cli/start.ts); `npm run build` makes both.
let cli;
try {
  const { loadCli } = await import('../dist/cli/start.js');
  cli = loadCli();
} catch (error) {
  if (error?.code !== 'ENOENT' && error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write(
    'lsk-report: the built program (dist/) is missing or incomplete: run "npm run build" (npm ci does it)\n',
  );
  process.exit(70);
}

// Ctrl+C, SIGTERM, a closed or full stdout (src/cli/process-guard.ts).
cli.bundle.guardProcess();

process.exitCode = await cli.main(process.argv.slice(2));
cli.saveCodeCache();
