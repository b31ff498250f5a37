/**
 * The README's "Using it" commands, run as printed: taken from the README
 * (not copied here), one after the other, in a folder laid out as the README
 * says (the exports in exports/, a config naming them, the periods.json of
 * "Regenerating reports in CI"), with `lsk-report` on the PATH.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/run-cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const using = readme.slice(
  readme.indexOf('## Using it\n'),
  readme.indexOf('\nInput files are plain'),
);
/** Each command with the exit code its comment promises (`# … (exit 1: …)`), else 0. */
const commands = [...using.matchAll(/^ {4}(lsk-report .*?)(?: {2,}#(.*))?$/gm)].map((match) => ({
  command: match[1]!.trim(),
  exit: Number(/\bexit (\d+)/.exec(match[2] ?? '')?.[1] ?? 0),
}));

const ci = readme.slice(readme.indexOf('### Regenerating reports in CI'));
const periodsJson = /```json\n([\s\S]*?)```/.exec(ci)![1]!;

/** The folder the README's commands expect, and a PATH with `lsk-report` on it. */
function workspace(): { cwd: string; env: NodeJS.ProcessEnv } {
  const cwd = tempDir();
  mkdirSync(join(cwd, 'exports'));
  for (const name of ['2021-01-06-kontakti.csv', '2021-07-12-contacts.csv']) {
    cpSync(join(ROOT, 'fixtures/sample', name), join(cwd, 'exports', name));
  }
  const config = JSON.parse(
    readFileSync(join(ROOT, 'fixtures/sample/lsk-report.config.json'), 'utf8'),
  );
  delete config.$schema;
  writeFileSync(
    join(cwd, 'lsk-report.config.json'),
    JSON.stringify({ ...config, input: ['exports/*.csv'] }, null, 2),
  );
  writeFileSync(join(cwd, 'periods.json'), periodsJson);
  const bin = join(cwd, '.bin');
  mkdirSync(bin);
  const shim = join(bin, 'lsk-report');
  writeFileSync(
    shim,
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, 'bin/lsk-report.js'))} "$@"\n`,
  );
  chmodSync(shim, 0o755);
  return { cwd, env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` } };
}

describe('the README\'s "Using it" commands', () => {
  it('are found in the README', () => {
    expect(commands.map(({ command }) => command.split(' ')[1])).toEqual(
      expect.arrayContaining(['--from', '--period', 'validate', 'diff', 'batch', 'extract']),
    );
  });

  it('run as printed, one after the other, with the exit codes they promise', async () => {
    const { cwd, env } = workspace();
    const runs = commands.map(({ command, exit }) => {
      const run = spawnSync(command, { cwd, env, shell: '/bin/sh', encoding: 'utf8' });
      const output = `$ ${command}\nexit ${run.status}\n${run.stdout.slice(0, 2000)}${run.stderr}`;
      expect(run.status, output).toBe(exit);
      return { command, stdout: run.stdout };
    });

    for (const file of [
      'reports/lsk-report_2021-06-01_2021-11-30.pdf',
      'reports/lsk-report_2021-06-01_2021-11-30.json',
      '2021H1.pdf',
      '2021H1.json',
      '2021H2.pdf',
      '2021H2.json',
      'reports/lsk-report_2021-01-01_2021-06-30.pdf',
      'reports/2021-q4.pdf',
      'reports/2021-q4.json',
    ]) {
      expect(existsSync(join(cwd, file)), file).toBe(true);
    }
    const output = (start: string) => runs.find((run) => run.command.startsWith(start))!.stdout;
    expect(output('lsk-report diff 2021H1.json')).toMatch(/^figure +2021-01-01 … 2021-06-30 +/);
    expect(output('lsk-report batch --periods periods.json --check')).toMatch(
      /^reports\/\S+\.json: up to date\n/,
    );
    expect(output('lsk-report extract 2021H2.pdf')).toBe(
      readFileSync(join(cwd, '2021H2.json'), 'utf8'),
    );
    const workbook = new ExcelJS.Workbook();
    const xlsx = readFileSync(join(cwd, 'compare.xlsx'));
    await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.length));
    expect(workbook.getWorksheet('clients')!.getCell('B2').value).toBe(
      JSON.parse(readFileSync(join(cwd, '2021H1.json'), 'utf8')).clients.unique,
    );
  }, 600_000);
});
