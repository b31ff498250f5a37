/**
 * Issue "one CLI, consistent": the shared options on every command, input
 * files as arguments, "did you mean", help with examples and exit codes,
 * validate's report on stdout, real output paths, named periods.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRun, ROOT, runCli, tempDir } from '../helpers/run-cli.js';

const SMALL = join(ROOT, 'fixtures/report/small.csv');
const COMMANDS = ['report', 'validate', 'diff', 'batch', 'extract'];

/** A folder with small.csv and a config reading it, naming the contract period "2021-2". */
function project(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'exports'));
  cpSync(SMALL, join(dir, 'exports/small.csv'));
  writeFileSync(
    join(dir, 'cfg.json'),
    JSON.stringify({
      input: ['exports/*.csv'],
      periods: { '2021-2': { from: '2021-06-01', to: '2021-06-30' } },
    }),
  );
  return dir;
}

describe('-c, -q and --debug on every command, before or after its name', () => {
  const dir = project();
  it.each([
    [['validate', '-c', 'cfg.json', '-q', '--debug']],
    [['-c', 'cfg.json', '-q', '--debug', 'validate']],
    [['report', '--period', '2021-2', '-c', 'cfg.json', '-q', '--debug', '--json', '-']],
    [['-c', 'cfg.json', '--debug', '-q', '--period', '2021-2', '--json', '-']],
  ])('%j', (args) => {
    const run = runCli(args, { cwd: dir });
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stderr, describeRun(run)).toBe('');
  });

  it.each(COMMANDS)('%s --help lists them, two or three examples and the exit codes', (name) => {
    const run = runCli([name, '--help']);
    expect(run.code, describeRun(run)).toBe(0);
    for (const option of ['-c, --config <file>', '-q, --quiet', '--debug']) {
      expect(run.stdout).toContain(option);
    }
    const examples = run.stdout.split('Examples:\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(examples.length, run.stdout).toBeGreaterThanOrEqual(2);
    expect(examples.length, run.stdout).toBeLessThanOrEqual(3);
    expect(run.stdout).toMatch(/Exit codes:\n {3}0 {2}\S.*\n/);
    expect(run.stdout).toContain('  70  a bug in lsk-report');
  });

  it('help <command> shows the command help; a usage error points to it', () => {
    const help = runCli(['help', 'batch']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: lsk-report batch');
    const bad = runCli(['batch', '--bogus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('(see "lsk-report batch --help")');
    const noInput = runCli(['validate'], { cwd: tempDir() });
    expect(noInput.code).toBe(2);
    expect(noInput.stderr).toMatch(/\(see "lsk-report validate --help"\)\n$/);
  });
});

describe('input files as plain arguments', () => {
  it('validate and the main job take files (and globs) as arguments', () => {
    const dir = project();
    const validate = runCli(['validate', 'exports/small.csv'], { cwd: dir });
    expect(validate.code, describeRun(validate)).toBe(0);
    expect(validate.stdout).toContain('exports/small.csv  UTF-8');
    // The glob as Windows passes it, unexpanded.
    const report = runCli(['--period', '2021-06', 'exports/*.csv', '--json', '-', '-q'], {
      cwd: dir,
    });
    expect(report.code, describeRun(report)).toBe(0);
    expect(JSON.parse(report.stdout).clients.unique).toBe(4);
  });

  it('a misspelt command gets "did you mean", not "too many arguments"', () => {
    const run = runCli(['valdiate', 'exports/*.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "valdiate" (did you mean validate?)');
    expect(run.stderr).not.toContain('too many arguments');
  });
});

describe('validate prints its report on stdout', () => {
  it('so that validate > check.txt keeps it; --errors-out also lists every warning', () => {
    const dir = project();
    const run = runCli(['validate', '-c', 'cfg.json', '--errors-out', 'all.txt'], { cwd: dir });
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Rows: 6 read');
    expect(run.stdout).toMatch(/OK: every row is valid\.\n$/);
    const written = readFileSync(join(dir, 'all.txt'), 'utf8');
    // small.csv has one unknown column: a warning, not a problem.
    expect(written).toMatch(/^warning: unknown_column: .+\n$/);
  });
});

describe('outputs and periods', () => {
  it('the summary names the real paths; -o naming a folder writes the default name in it', () => {
    const dir = project();
    mkdirSync(join(dir, 'pdfs'));
    const run = runCli(
      ['-c', 'cfg.json', '--period', '2021-06', '-o', 'pdfs', '--json', 'stats/june.json'],
      { cwd: dir },
    );
    expect(run.code, describeRun(run)).toBe(0);
    expect(existsSync(join(dir, 'pdfs/lsk-report_2021-06-01_2021-06-30.pdf'))).toBe(true);
    expect(existsSync(join(dir, 'stats/june.json'))).toBe(true);
    expect(run.stderr).toContain('→ pdfs/lsk-report_2021-06-01_2021-06-30.pdf, stats/june.json\n');
  });

  it('a period named in the config works with --period and in periods.json', () => {
    const dir = project();
    const run = runCli(['-c', 'cfg.json', '--period', '2021-2', '--json', '-', '-q'], {
      cwd: dir,
    });
    expect(run.code, describeRun(run)).toBe(0);
    expect(JSON.parse(run.stdout).period).toEqual({ from: '2021-06-01', to: '2021-06-30' });

    writeFileSync(
      join(dir, 'periods.json'),
      JSON.stringify({ config: 'cfg.json', outDir: 'out', periods: [{ period: '2021-2' }] }),
    );
    const batch = runCli(['batch', '--periods', 'periods.json', '-q'], { cwd: dir });
    expect(batch.code, describeRun(batch)).toBe(0);
    expect(existsSync(join(dir, 'out/lsk-report_2021-06-01_2021-06-30.json'))).toBe(true);

    const unknown = runCli(['-c', 'cfg.json', '--period', '2021-3'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('or a period the config names: 2021-2');
  });
});
