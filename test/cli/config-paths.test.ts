/**
 * Paths written in the config and in `periods.json`: a pattern that finds
 * nothing is named as the config has it, by its key, not as an option the
 * user never typed; and `\\` separates folders as `/` does on every system, so
 * that files written on Windows work in CI on Linux.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRun, ROOT, runCli, tempDir } from '../helpers/run-cli.js';

const SMALL = join(ROOT, 'fixtures', 'report', 'small.csv');

/** A folder with `small.csv` at `export` and a config `input` as given, in `configDir`. */
function workspace(input: string[], configDir = '.', exportPath = 'eksporti/small.csv'): string {
  const cwd = tempDir();
  mkdirSync(join(cwd, exportPath, '..'), { recursive: true });
  cpSync(SMALL, join(cwd, exportPath));
  mkdirSync(join(cwd, configDir), { recursive: true });
  writeFileSync(join(cwd, configDir, 'lsk-report.config.json'), JSON.stringify({ input }));
  return cwd;
}

/** Every one of `files` (paths from `cwd`) was written. */
function expectFiles(cwd: string, files: string[]): void {
  for (const file of files) expect(existsSync(join(cwd, file)), file).toBe(true);
}

describe("the config's input", () => {
  it('that matches no file is named by the config and its key, as written (exit 2)', () => {
    const cwd = workspace(['exports/*.csv'], 'iestatījumi');
    const run = runCli(['validate', '-c', 'iestatījumi/lsk-report.config.json'], { cwd });
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toBe(
      'lsk-report: iestatījumi/lsk-report.config.json: input "exports/*.csv" matched no file ' +
        "(input is taken from the config file's folder)\n" +
        '(see "lsk-report validate --help")\n',
    );
  });

  it('naming a file that is not there, or a folder, says so by the key too', () => {
    const none = runCli(['validate'], { cwd: workspace(['eksporti/nav.csv']) });
    expect(none.code, describeRun(none)).toBe(2);
    expect(none.stderr).toMatch(
      /^lsk-report: lsk-report\.config\.json: input "eksporti\/nav\.csv": no such file \(input is taken from the config file's folder\)\n/,
    );
    const folder = runCli(['validate'], { cwd: workspace(['eksporti']) });
    expect(folder.code, describeRun(folder)).toBe(2);
    expect(folder.stderr).toMatch(
      /^lsk-report: lsk-report\.config\.json: input "eksporti" is a folder; name the files, e\.g\. "eksporti\/\*\.csv"\n/,
    );
  });

  it('on the command line stays named as the option (--input)', () => {
    const run = runCli(['validate', '-i', 'exports/*.csv'], { cwd: workspace(['eksporti/*.csv']) });
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toMatch(/^lsk-report: --input "exports\/\*\.csv" matched no file\n/);
  });
});

describe('backslashes between folders, as Windows writes paths', () => {
  it("in the config's input, logos and notes", () => {
    const cwd = workspace(['eksporti\\*.csv'], 'iestatījumi', 'iestatījumi/eksporti/small.csv');
    mkdirSync(join(cwd, 'iestatījumi', 'piezīmes'));
    writeFileSync(join(cwd, 'iestatījumi', 'piezīmes', 'jūnijs.md'), '# Konteksts\n\nPiezīme.\n');
    mkdirSync(join(cwd, 'iestatījumi', 'logo'));
    cpSync(join(ROOT, 'docs/report-page-1.png'), join(cwd, 'iestatījumi', 'logo', 'sk.png'));
    writeFileSync(
      join(cwd, 'iestatījumi', 'lsk-report.config.json'),
      JSON.stringify({
        input: ['eksporti\\*.csv'],
        logos: ['logo\\sk.png'],
        periods: { jūnijs: { from: '2021-06-01', to: '2021-06-30', notes: 'piezīmes\\jūnijs.md' } },
      }),
    );
    const config = ['-c', 'iestatījumi/lsk-report.config.json'];
    const validate = runCli(['validate', ...config, '-q'], { cwd });
    expect(validate.code, describeRun(validate)).toBe(0);
    const report = runCli([...config, '--period', 'jūnijs', '-o', 'r.pdf', '-q'], { cwd });
    expect(report.code, describeRun(report)).toBe(0);
  });

  it("in periods.json's config, outDir, out and json, for batch and --check alike", () => {
    const cwd = workspace(['..\\eksporti\\*.csv'], 'iestatījumi');
    writeFileSync(
      join(cwd, 'periods.json'),
      JSON.stringify({
        config: 'iestatījumi\\lsk-report.config.json',
        outDir: 'atskaites\\2021',
        periods: [
          { period: '2021-06' },
          { period: '2021-07', out: 'atskaites\\jūlijs\\r.pdf', json: 'atskaites\\r.json' },
        ],
      }),
    );
    const env = { SOURCE_DATE_EPOCH: '1625097600' };
    const batch = runCli(['batch', '--periods', 'periods.json', '-q'], { cwd, env });
    expect(batch.code, describeRun(batch)).toBe(0);
    expectFiles(cwd, [
      'atskaites/2021/lsk-report_2021-06-01_2021-06-30.pdf',
      'atskaites/2021/lsk-report_2021-06-01_2021-06-30.json',
      'atskaites/jūlijs/r.pdf',
      'atskaites/r.json',
    ]);
    const check = runCli(['batch', '--periods', 'periods.json', '--check'], { cwd, env });
    expect(check.code, describeRun(check)).toBe(0);
    expect(check.stdout).toContain(
      'atskaites/2021/lsk-report_2021-06-01_2021-06-30.pdf: up to date',
    );
  });

  it('a single backslash in the JSON is named with how to write it', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'lsk-report.config.json'), '{"input": ["eksporti\\*.csv"]}');
    const run = runCli(['validate'], { cwd });
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toMatch(
      /^lsk-report: lsk-report\.config\.json:1:22: invalid JSON: invalid escape "\\\*" inside a string \(write a \\ as \\\\, or write \/ between folders\)\n/,
    );
  });
});

describe('output names that differ only in capitals', () => {
  it('are refused (exit 2), since on Windows and macOS they are one file', () => {
    const cwd = workspace(['eksporti/*.csv']);
    writeFileSync(
      join(cwd, 'periods.json'),
      JSON.stringify({
        periods: [
          { period: '2021-06', out: 'atskaites/Jūnijs.pdf' },
          { period: '2021-07', out: 'Atskaites/jŪnijs.pdf' },
        ],
      }),
    );
    const run = runCli(['batch', '--periods', 'periods.json', '-q'], { cwd });
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toMatch(
      /^lsk-report: refusing to write \S*Atskaites\/jŪnijs\.pdf and \S*atskaites\/Jūnijs\.pdf in one run: their names differ only in capitals, and on Windows and macOS they are one file; give each report and file its own name\n/,
    );
    expect(existsSync(join(cwd, 'atskaites'))).toBe(false);
    expect(existsSync(join(cwd, 'Atskaites'))).toBe(false);
  });
});

describe("periods.json's out and json naming a folder", () => {
  it('get the default file names inside it, as -o and --json do', () => {
    const cwd = workspace(['eksporti/*.csv']);
    mkdirSync(join(cwd, 'esošā'));
    writeFileSync(
      join(cwd, 'periods.json'),
      JSON.stringify({
        periods: [
          { period: '2021-06', out: 'jaunā/' },
          { period: '2021-07', out: 'esošā', json: 'dati\\' },
        ],
      }),
    );
    const run = runCli(['batch', '--periods', 'periods.json', '-q'], { cwd });
    expect(run.code, describeRun(run)).toBe(0);
    expectFiles(cwd, [
      'jaunā/lsk-report_2021-06-01_2021-06-30.pdf',
      'jaunā/lsk-report_2021-06-01_2021-06-30.json',
      'esošā/lsk-report_2021-07-01_2021-07-31.pdf',
      'dati/lsk-report_2021-07-01_2021-07-31.json',
    ]);
  });
});

describe("batch's outputs in messages", () => {
  it('are named from the working directory, as the summary names them, not by absolute paths', () => {
    const cwd = workspace(['eksporti/*.csv']);
    writeFileSync(
      join(cwd, 'periods.json'),
      JSON.stringify({
        outDir: 'atskaites',
        periods: [{ period: '2021-06' }, { period: '2021-06' }],
      }),
    );
    const run = runCli(['batch', '--periods', 'periods.json', '-q'], { cwd });
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toMatch(
      /^lsk-report: refusing to write atskaites\/lsk-report_2021-06-01_2021-06-30\.pdf twice in one run/,
    );
  });
});
