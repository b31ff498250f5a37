/**
 * A worker thread that renders some of a run's reports (render-threads.ts):
 * it loads the same bundled CLI through the same code cache as the command,
 * and renders each report it is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadCli } from './start.js';

const { bundle } = loadCli((workerData as { bundle: string }).bundle);
await bundle.serveRenderRequests(parentPort!);
