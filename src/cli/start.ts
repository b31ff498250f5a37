/**
 * Starting the CLI quickly. Most of a report's second used to go on Node
 * compiling the modules of the stack (zod, pdfkit with fontkit, Chart.js,
 * Handlebars and ours) before any work was done. So `npm run build` bundles
 * the CLI into one script (scripts/bundle.js), and this loads that script
 * with V8's code cache: bytecode V8 wrote after an earlier run, for every
 * function that run compiled. Node 20 offers no compile cache of its own
 * (`module.enableCompileCache` came in Node 22.1), but `vm.Script` takes one.
 *
 * The cache is an optimisation only. V8 checks it against the source, its
 * own version and flags and ignores it on any mismatch; then it is written
 * anew if the folder is writable, and nothing happens if not.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type * as Bundle from '../bundle-entry.js';

/** The bundled CLI (written by scripts/bundle.js). */
export const BUNDLE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'bundle',
  'lsk-report.cjs',
);

/** One cache per Node version: a machine with two Nodes must not make them overwrite each other's. */
export function cachePath(bundle: string): string {
  return `${bundle}.node-${process.version}-${process.arch}.cache`;
}

function readCache(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Writes the cache atomically (runs may overlap); a read-only install keeps running uncached. */
function writeCache(path: string, data: Buffer): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Not even that: a stray temporary file, never a failed run.
    }
  }
}

export interface LoadedCli {
  main: typeof Bundle.main;
  /** Everything the bundle exports (`npm run bench` times the pipeline through it). */
  bundle: typeof Bundle;
  /** Whether V8 used the cache, found none, or refused it (another Node, or changed flags). */
  codeCache: 'used' | 'missing' | 'rejected';
  /** Call once the command has run: writes the cache if there was none or V8 refused it. */
  saveCodeCache(): void;
}

/** Loads the bundled CLI through the code cache. */
export function loadCli(bundle = BUNDLE): LoadedCli {
  const cache = cachePath(bundle);
  const cachedData = readCache(cache);
  const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), {
    filename: bundle,
    cachedData,
  });
  const module = { exports: {} as typeof Bundle };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  const codeCache =
    cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  return {
    main: module.exports.main,
    bundle: module.exports,
    codeCache,
    // After the run, the cache holds every function the run compiled, not only the top level.
    saveCodeCache: () => {
      if (codeCache !== 'used') writeCache(cache, script.createCachedData());
    },
  };
}
