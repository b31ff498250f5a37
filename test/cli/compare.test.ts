import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseSpace, pdfPageTexts } from '../helpers/pdf-text.js';
import { describeRun, dirWith, runCli } from '../helpers/run-cli.js';

const SAMPLE = [
  'fixtures/sample/lsk-report.config.json',
  'fixtures/sample/2021-01-06-kontakti.csv',
  'fixtures/sample/2021-07-12-contacts.csv',
];
const EPOCH = { SOURCE_DATE_EPOCH: '1640995200' };

describe('--compare FROM..TO names the period the report compares with', () => {
  const cwd = dirWith(...SAMPLE);
  const run = runCli(['--period', '2021-2', '--compare', '2021-03-01..2021-05-31', '-o', 'r.pdf'], {
    cwd,
    env: EPOCH,
  });

  it('compares with that period in the JSON', () => {
    expect(run.code, describeRun(run)).toBe(0);
    const stats = JSON.parse(readFileSync(join(cwd, 'r.json'), 'utf8'));
    const { comparison } = stats;
    expect(comparison.period).toEqual({ from: '2021-03-01', to: '2021-05-31' });
    expect(comparison.coverage).toBe('full');
    expect(comparison.change.clients.unique.difference).toBe(
      stats.clients.unique - comparison.figures.clients.unique,
    );
  });

  it('names it in the PDF', async () => {
    const text = normaliseSpace((await pdfPageTexts(readFileSync(join(cwd, 'r.pdf')))).join(' '));
    expect(text).toContain(
      'Salīdzinājuma periods – no 2021. gada 1. marta līdz 2021. gada 31. maijam.',
    );
  });

  it('takes a period name too, and a periods.json entry may name one', () => {
    writeFileSync(
      join(cwd, 'periods.json'),
      JSON.stringify({
        config: 'lsk-report.config.json',
        outDir: 'batch',
        periods: [{ period: '2021-2', compare: '2021-Q1' }],
      }),
    );
    const batch = runCli(['batch', '--periods', 'periods.json', '-q'], { cwd, env: EPOCH });
    expect(batch.code, describeRun(batch)).toBe(0);
    const stats = JSON.parse(
      readFileSync(join(cwd, 'batch/lsk-report_2021-06-01_2021-11-30.json'), 'utf8'),
    );
    expect(stats.comparison.period).toEqual({ from: '2021-01-01', to: '2021-03-31' });
  });

  it('is listed in the help', () => {
    const help = runCli(['report', '--help'], { cwd });
    expect(help.stdout).toContain('--compare <range>');
    expect(help.stdout).toContain('--compare 2020-06-01..2020-11-30');
  });
});

describe('--compare: a range that is not one is a usage error', () => {
  const cwd = dirWith(...SAMPLE);

  it.each([
    [
      '2021-03-01-2021-05-31',
      'lsk-report: --compare: expected FROM..TO with dates as YYYY-MM-DD (e.g. 2020-12-01..2021-05-31) or a period name such as 2021H1, found "2021-03-01-2021-05-31"',
    ],
    [
      '01.03.2021..2021-05-31',
      'lsk-report: --compare (FROM): expected a date as YYYY-MM-DD (e.g. 2021-06-01), found "01.03.2021" (did you mean 2021-03-01?)',
    ],
    [
      '2021-05-31..2021-03-01',
      'lsk-report: --compare 2021-05-31..2021-03-01: 2021-05-31 is after 2021-03-01; write the first day first (FROM..TO)',
    ],
    [
      '2021-07-01..2021-07-31',
      "lsk-report: --compare 2021-07-01..2021-07-31 does not end before the report's period starts (2021-06-01): compare with an earlier period",
    ],
  ])('--compare %s: exit 2, nothing written', (range, message) => {
    const run = runCli(['--period', '2021-2', '--compare', range, '-o', 'bad.pdf'], { cwd });
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(message);
    expect(existsSync(join(cwd, 'bad.pdf'))).toBe(false);
  });

  it('names the periods.json entry whose compare is malformed', () => {
    writeFileSync(
      join(cwd, 'periods.json'),
      JSON.stringify({ periods: [{ period: '2021-2', compare: '2021-03-01..' }] }),
    );
    const run = runCli(['batch', '--periods', 'periods.json'], { cwd });
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toContain(
      'periods.json: periods[0].compare (TO): expected a date as YYYY-MM-DD',
    );
  });
});
