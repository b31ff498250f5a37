/**
 * Periods that cannot be right are refused, through the command line: years
 * outside 1900–2099, periods without a contact (unless --allow-empty), and a
 * programStart after the period; a period only partly covered by the
 * exports is warned about on the terminal and in the annex.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseSpace, pdfPageTexts } from '../helpers/pdf-text.js';
import { describeRun, dirWith, runCli } from '../helpers/run-cli.js';

// small.csv holds contacts from 2021-05-20 to 2021-07-01.
const COVERED = 'the exports cover 2021-05-20 … 2021-07-01';
const INPUT = ['-i', 'small.csv'];

describe('periods that cannot be right', () => {
  it.each([
    [['--from', '2021-01-01', '--to', '2201-12-31'], '--to 2201-12-31: the year must be from 1900 to 2099'],
    [['--from', '0000-01-01', '--to', '9999-12-31'], '--from 0000-01-01: the year must be from 1900 to 2099'],
    [['--period', '2201H1'], 'period "2201H1": the year must be from 1900 to 2099'],
  ])('%j is a usage error (exit 2)', (args, message) => {
    const cwd = dirWith('fixtures/report/small.csv');
    const run = runCli([...args, ...INPUT], { cwd });
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toContain(message);
    expect(readdirSync(cwd)).toEqual(['small.csv']);
  }); // prettier-ignore

  it('a period without a contact exits 1 naming the dates the exports cover; --allow-empty writes it', () => {
    const cwd = dirWith('fixtures/report/small.csv');
    const run = runCli(['--period', '2022H1', ...INPUT, '-o', 'r.pdf'], { cwd });
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stderr).toContain(`no contact in the period 2022-01-01 … 2022-06-30: ${COVERED}.`);
    expect(run.stderr).toContain('--allow-empty');
    expect(existsSync(join(cwd, 'r.pdf'))).toBe(false);
    const allowed = runCli(['--period', '2022H1', ...INPUT, '-o', 'r.pdf', '--allow-empty', '-q'], {
      cwd,
    });
    expect(allowed.code, describeRun(allowed)).toBe(0);
    expect(allowed.stderr).toContain(
      '2022-01-01 … 2022-06-30 is outside the dates the exports cover',
    );
    expect(JSON.parse(readFileSync(join(cwd, 'r.json'), 'utf8')).contacts.total).toBe(0);
  });

  it('batch lists every period without a contact and writes nothing; --allow-empty writes them', () => {
    const cwd = dirWith('fixtures/report/small.csv');
    writeFileSync(
      join(cwd, 'periods.json'),
      JSON.stringify({
        periods: [{ period: '2022H1' }, { period: '2021-06' }, { period: '2020' }],
      }),
    );
    const run = runCli(['batch', '--periods', 'periods.json', ...INPUT], { cwd });
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stderr).toContain(
      `no contact in 2 of the periods (${COVERED}):\n  2022-01-01 … 2022-06-30\n  2020-01-01 … 2020-12-31\n`,
    );
    expect(readdirSync(cwd).sort()).toEqual(['periods.json', 'small.csv']);
    writeFileSync(join(cwd, 'empty.json'), JSON.stringify({ periods: [{ period: '2022H1' }] }));
    const allowed = runCli(['batch', '--periods', 'empty.json', ...INPUT, '--allow-empty', '-q'], {
      cwd,
    });
    expect(allowed.code, describeRun(allowed)).toBe(0);
    const written = join(cwd, 'reports', 'lsk-report_2022-01-01_2022-06-30');
    expect(JSON.parse(readFileSync(`${written}.json`, 'utf8')).contacts.total).toBe(0);
    expect(existsSync(`${written}.pdf`)).toBe(true);
  });

  it('a period only partly covered is warned about on the terminal (also with -q) and in the annex', async () => {
    const cwd = dirWith('fixtures/report/small.csv');
    const run = runCli(['--period', '2021H1', ...INPUT, '-o', 'r.pdf', '-q'], { cwd });
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stderr).toBe(
      `warning: 2021-01-01 … 2021-06-30 is only partly covered: ${COVERED} (139 days of the period outside them)\n`,
    );
    const stats = JSON.parse(readFileSync(join(cwd, 'r.json'), 'utf8'));
    expect(stats.dataQuality.warnings).toContainEqual({
      type: 'period_partly_covered',
      count: 139,
    });
    const pages = await pdfPageTexts(readFileSync(join(cwd, 'r.pdf')));
    expect(normaliseSpace(pages.at(-1)!)).toMatch(
      /Pārskata perioda dienas ārpus ievaddatu datumiem.*139/,
    );
    // The days outside are no finding of the data check: one warning (the unknown column) is counted.
    expect(normaliseSpace(pages.join('\n'))).toContain('Datu pārbaudē reģistrēts 1 brīdinājums.');
    // The summary counts the warnings validate lists (the unknown column), not the days outside.
    const told = runCli(['--period', '2021H1', ...INPUT, '-o', 'r.pdf'], { cwd });
    expect(told.stderr).toContain('4 clients, 5 contacts, 1 warning (see "lsk-report validate")');
  });

  it('programStart after the end of the period is a config error (exit 2)', () => {
    const cwd = dirWith('fixtures/report/small.csv');
    writeFileSync(join(cwd, 'c.json'), JSON.stringify({ programStart: '2021-09-01' }));
    const run = runCli(['--period', '2021-06', ...INPUT, '-c', 'c.json', '-o', 'r.pdf'], { cwd });
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toContain(
      'config: programStart 2021-09-01 is after the last day of the period 2021-06-01 … 2021-06-30',
    );
    expect(existsSync(join(cwd, 'r.pdf'))).toBe(false);
  });
});
