import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachePath, loadCli } from '../../src/cli/start.js';
import { ROOT, tempDir } from '../helpers/run-cli.js';

/** A stand-in for the bundled CLI: a script whose `main` answers with the number of arguments. */
function bundleIn(dir: string): string {
  const bundle = join(dir, 'cli.cjs');
  writeFileSync(
    bundle,
    'exports.main = async (argv) => argv.length + require("node:path").sep.length;\n',
  );
  return bundle;
}

describe('loading the bundled CLI', () => {
  it('writes the code cache after the first run and uses it from then on', async () => {
    const bundle = bundleIn(tempDir());
    const first = loadCli(bundle);
    expect(first.codeCache).toBe('missing');
    expect(await first.main(['a', 'b'])).toBe(3);
    first.saveCodeCache();

    const second = loadCli(bundle);
    expect(second.codeCache).toBe('used');
    expect(await second.main(['a'])).toBe(2);
  });

  it('runs without the cache when V8 refuses it, and replaces it', async () => {
    const bundle = bundleIn(tempDir());
    writeFileSync(cachePath(bundle), 'not a code cache');
    const refused = loadCli(bundle);
    expect(refused.codeCache).toBe('rejected');
    expect(await refused.main([])).toBe(1);
    refused.saveCodeCache();
    expect(loadCli(bundle).codeCache).toBe('used');
  });

  it('keeps running when the cache cannot be written, and leaves no stray file', async () => {
    const dir = tempDir();
    const bundle = bundleIn(dir);
    // A folder where the cache file should go: the write fails as in a read-only install.
    mkdirSync(cachePath(bundle));
    const cli = loadCli(bundle);
    expect(cli.codeCache).toBe('missing');
    expect(await cli.main([])).toBe(1);
    expect(() => cli.saveCodeCache()).not.toThrow();
    expect(readdirSync(dir).sort()).toEqual([
      'cli.cjs',
      `cli.cjs.node-${process.version}-${process.arch}.cache`,
    ]);
  });
});

describe('zod', () => {
  it('builds every schema without its JIT: no code is generated, even for objects', () => {
    // In a fresh process: the setting is read when a schema is built, and zod is process-wide.
    const script = `
      let generated = 0;
      globalThis.Function = new Proxy(Function, {
        construct(target, args) { generated++; return Reflect.construct(target, args); },
      });
      const { configSchema } = await import('./dist/config/schema.js');
      configSchema.parse({ billing: { ratePerClientMonth: 95 } });
      console.log(generated);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('0');
  });
});
