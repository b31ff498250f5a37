import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRun, ROOT, tempDir } from '../helpers/run-cli.js';

/** The files `npm pack` puts in the package (without running the build). */
function packedFiles(): string[] {
  // Under `npm test`, npm_execpath is npm's own script; elsewhere `npm` is on the PATH.
  const npm = process.env.npm_execpath;
  const command = npm?.endsWith('.js') ? process.execPath : 'npm';
  const args = ['pack', '--dry-run', '--json', '--ignore-scripts'];
  const run = spawnSync(command, npm?.endsWith('.js') ? [npm, ...args] : args, {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  const [pack] = JSON.parse(run.stdout) as { files: { path: string }[] }[];
  return pack!.files.map((file) => file.path).sort();
}

describe('npm pack', () => {
  const files = packedFiles();

  it('ships the bundled CLI once: no unbundled dist/ modules, no code cache for one Node version', () => {
    expect(files.filter((file) => file.startsWith('dist/'))).toEqual([
      'dist/bundle/lsk-report.cjs',
      'dist/cli/start.js',
    ]);
    expect(files.filter((file) => file.endsWith('.cache'))).toEqual([]);
  });

  it('ships the templates, the schemas, the documents and the licence, and no tests or sources', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'bin/lsk-report.js',
        'docs/figures.md',
        'docs/input-format.md',
        'docs/latvian.md',
        'package.json',
        'schemas/config.schema.json',
        'schemas/periods.schema.json',
        'schemas/statistics.schema.json',
        'templates/README.md',
        'templates/lv/summary.hbs',
      ]),
    );
    expect(files.filter((file) => /^(src|test|fixtures|scripts|tools)\//.test(file))).toEqual([]);
  });

  it('runs from the packed files alone', () => {
    const dir = tempDir();
    const pkg = join(dir, 'lsk-report');
    for (const file of files) {
      mkdirSync(dirname(join(pkg, file)), { recursive: true });
      cpSync(join(ROOT, file), join(pkg, file));
    }
    // The dependencies as an install would bring them.
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'junction');
    const run = spawnSync(
      process.execPath,
      [
        join(pkg, 'bin', 'lsk-report.js'),
        '--config',
        join(ROOT, 'fixtures/sample/lsk-report.config.json'),
        '--period',
        '2021H2',
        '--out',
        'r.pdf',
        '-q',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    const summary = describeRun({
      args: ['(packed)'],
      cwd: dir,
      code: run.status ?? -1,
      stdout: run.stdout,
      stderr: run.stderr,
    });
    expect(run.status, summary).toBe(0);
    expect(existsSync(join(dir, 'r.pdf'))).toBe(true);
  });
});
