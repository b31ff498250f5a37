/**
 * Starting the CLI quickly. Most of a report's second used to go on Node
 * compiling the modules of the stack (zod, pdfkit with fontkit, Chart.js,
 * Handlebars and ours) before any work was done. So `npm run build` bundles
 * the CLI into one script (scripts/bundle.js), and this loads that script
 * with V8's code cache: bytecode V8 wrote after an earlier run, for every
 * function that run compiled. Node 20 offers no compile cache of its own
 * (`module.enableCompileCache` came in Node 22.1), but `vm.Script` takes one.
 *
 * The cache is an optimisation only, and V8 trusts it more than it should:
 * it compares the source's length, not its text, and a damaged cache can
 * abort the process. So the file carries digests of the bundle it was made
 * from and of its own contents, and is used only when both match; V8 still
 * checks its own version and flags. A cache not used is written anew after
 * the run if the folder is writable; nothing happens if not.
 */
import { createHash } from 'node:crypto';
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

/**
 * The cache file: a magic number, a flags byte, the SHA-256 of the bundle's
 * bytes, the SHA-256 of the V8 data, then the V8 data.
 */
const MAGIC = Buffer.from('LSKC');
const DIGEST = 32;
const HEADER = MAGIC.length + 1 + 2 * DIGEST;
/** Flag: the run that wrote the cache rendered a report, so it holds the renderer's code too. */
const WITH_RENDERER = 1;

const sha256 = (data: Buffer): Buffer => createHash('sha256').update(data).digest();

interface CacheFile {
  data: Buffer;
  withRenderer: boolean;
}

/** The cache's V8 data, if the file is whole and was made from these bundle bytes. */
function readCache(path: string, bundleDigest: Buffer): CacheFile | 'missing' | 'stale' {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return 'missing';
  }
  if (file.length <= HEADER || !file.subarray(0, MAGIC.length).equals(MAGIC)) return 'stale';
  const flags = file[MAGIC.length]!;
  const bundleAt = MAGIC.length + 1;
  const data = file.subarray(HEADER);
  if (!file.subarray(bundleAt, bundleAt + DIGEST).equals(bundleDigest)) return 'stale';
  if (!file.subarray(bundleAt + DIGEST, HEADER).equals(sha256(data))) return 'stale';
  return { data, withRenderer: (flags & WITH_RENDERER) !== 0 };
}

/** Writes the cache atomically (runs may overlap); a read-only install keeps running uncached. */
function writeCache(path: string, bundleDigest: Buffer, data: Buffer, withRenderer: boolean): void {
  const file = Buffer.concat([
    MAGIC,
    Buffer.from([withRenderer ? WITH_RENDERER : 0]),
    bundleDigest,
    sha256(data),
    data,
  ]);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, file);
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
  /** Whether V8 used the cache, found none, or it was refused (another bundle or Node, other flags, damage). */
  codeCache: 'used' | 'missing' | 'rejected';
  /**
   * Call once the command has run: writes the cache if it was not used, or
   * if it lacks the renderer and this run loaded it (after a new Node, the
   * first command may well be `--version`; the reports after it must not
   * stay slow).
   */
  saveCodeCache(): void;
}

/** Loads the bundled CLI through the code cache. */
export function loadCli(bundle = BUNDLE): LoadedCli {
  const source = readFileSync(bundle);
  const bundleDigest = sha256(source);
  const path = cachePath(bundle);
  const cache = readCache(path, bundleDigest);
  const script = new Script(Module.wrap(source.toString('utf8')), {
    filename: bundle,
    cachedData: typeof cache === 'object' ? cache.data : undefined,
  });
  const module = { exports: {} as typeof Bundle };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  const codeCache =
    cache === 'missing'
      ? 'missing'
      : cache === 'stale' || script.cachedDataRejected
        ? 'rejected'
        : 'used';
  const cachedWithRenderer = typeof cache === 'object' && cache.withRenderer;
  return {
    main: module.exports.main,
    bundle: module.exports,
    codeCache,
    saveCodeCache: () => {
      const withRenderer = module.exports.reportRendered();
      if (codeCache === 'used' && (cachedWithRenderer || !withRenderer)) return;
      // After the run, the cache holds every function the run compiled, not only the top level.
      writeCache(path, bundleDigest, script.createCachedData(), withRenderer);
    },
  };
}
