import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachePath, loadCli } from '../../src/cli/start.js';
import { ROOT, tempDir } from '../helpers/run-cli.js';

/**
 * A stand-in for the bundled CLI: `main` answers with the number of
 * arguments plus `answer`; `render()` marks the renderer as loaded.
 */
function bundleIn(dir: string, answer = 1): string {
  const bundle = join(dir, 'cli.cjs');
  writeFileSync(
    bundle,
    `let rendered = false;
exports.render = () => { rendered = true; };
exports.reportRendered = () => rendered;
exports.main = async (argv) => argv.length + ${answer};
`,
  );
  return bundle;
}

/** The flags byte of a cache file: 1 when the run that wrote it loaded the renderer. */
const flags = (bundle: string) => readFileSync(cachePath(bundle))[4];

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

  it('never runs old code: a rebuilt bundle of the same length gets a new cache', async () => {
    const dir = tempDir();
    const old = loadCli(bundleIn(dir, 1));
    old.saveCodeCache();
    // V8 alone would take the old cache: it compares the length of the source, not its text.
    const rebuilt = loadCli(bundleIn(dir, 7));
    expect(rebuilt.codeCache).toBe('rejected');
    expect(await rebuilt.main([])).toBe(7);
    rebuilt.saveCodeCache();
    expect(loadCli(bundleIn(dir, 7)).codeCache).toBe('used');
  });

  it('runs without a cache that is damaged or not one, and replaces it', async () => {
    const bundle = bundleIn(tempDir());
    writeFileSync(cachePath(bundle), 'not a code cache');
    const refused = loadCli(bundle);
    expect(refused.codeCache).toBe('rejected');
    expect(await refused.main([])).toBe(1);
    refused.saveCodeCache();
    expect(loadCli(bundle).codeCache).toBe('used');

    // Bytes flipped inside V8's data, where V8 itself could abort the process.
    const cache = readFileSync(cachePath(bundle));
    const header = 4 + 1 + 32 + 32;
    expect(cache.length).toBeGreaterThan(header + 100);
    for (let at = header + 50; at < cache.length; at += 7) cache[at] = cache[at]! ^ 0xff;
    writeFileSync(cachePath(bundle), cache);
    const damaged = loadCli(bundle);
    expect(damaged.codeCache).toBe('rejected');
    expect(await damaged.main(['a'])).toBe(2);
  });

  it('rewrites a cache without the renderer after a run that loaded it', async () => {
    const bundle = bundleIn(tempDir());
    const version = loadCli(bundle); // e.g. `lsk-report --version` first after a new Node
    version.saveCodeCache();
    expect(flags(bundle)).toBe(0);

    const report = loadCli(bundle);
    expect(report.codeCache).toBe('used');
    (report.bundle as unknown as { render(): void }).render();
    report.saveCodeCache();
    expect(flags(bundle)).toBe(1);

    const later = loadCli(bundle);
    later.saveCodeCache(); // without the renderer: the fuller cache stays
    expect(flags(bundle)).toBe(1);
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

describe('the package', () => {
  it('ships no code cache: each installation writes its own on its first run', () => {
    // A cache as a run of another Node would leave beside the bundle.
    const stray = join(ROOT, 'dist', 'bundle', 'lsk-report.cjs.node-v0.0.0-test.cache');
    writeFileSync(stray, 'LSKC');
    try {
      const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(pack.status).toBe(0);
      const [{ files }] = JSON.parse(pack.stdout) as [{ files: { path: string }[] }];
      const paths = files.map((file) => file.path);
      expect(paths).toContain('dist/bundle/lsk-report.cjs');
      expect(paths.filter((path) => path.endsWith('.cache'))).toEqual([]);
    } finally {
      rmSync(stray, { force: true });
    }
  });
});
