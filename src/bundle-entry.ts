/**
 * What the bundled CLI (dist/bundle/lsk-report.cjs, see cli/start.ts)
 * exports: the command line, whether it loaded the renderer (for the code
 * cache), and the pieces `npm run bench` times phase by phase in the same
 * compiled code users run.
 */
export { main } from './cli/main.js';
export { guardProcess } from './cli/process-guard.js';
export { configSchema } from './config/schema.js';
export { writeOutputs } from './output.js';
export { buildReports, reportRendered } from './pipeline.js';
