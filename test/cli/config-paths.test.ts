/**
 * Paths written in the config's `input`: a pattern that finds nothing is named
 * as the config has it, by its key, not as an option the user never typed.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
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
