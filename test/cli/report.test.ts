import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseSpace, pdfPageTexts } from '../helpers/pdf-text.js';
import { describeRun, dirWith, ROOT, runCli, tempDir } from '../helpers/run-cli.js';

const SMALL = join(ROOT, 'fixtures/report/small.csv');
const EPOCH = { SOURCE_DATE_EPOCH: '1625097600' }; // 2021-07-01

describe('lsk-report --from … --to … (the main job)', () => {
  const cwd = tempDir();
  const run = runCli(['--from', '2021-06-01', '--to', '2021-06-30', '--input', SMALL], {
    cwd,
    env: EPOCH,
  });
  const pdfPath = join(cwd, 'reports/lsk-report_2021-06-01_2021-06-30.pdf');
  const jsonPath = join(cwd, 'reports/lsk-report_2021-06-01_2021-06-30.json');

  it('writes the PDF and the JSON beside it, with a one-line summary on stderr', () => {
    expect(run.code, describeRun(run)).toBe(0);
    expect(existsSync(pdfPath)).toBe(true);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      '2021-06-01 … 2021-06-30: 4 clients, 4 contacts, 1 warning (see "lsk-report validate")',
    );
  });

  it('computes the figures worked out by hand for fixtures/report/small.csv', () => {
    const stats = JSON.parse(readFileSync(jsonPath, 'utf8'));
    // K001 (first seen in May) K002 K003 K004 served in June; K005 only in July.
    expect(stats.clients).toEqual({
      unique: 4,
      new: 3,
      cumulative: 4,
      cumulativeFrom: '2021-05-20',
    });
    expect(stats.contacts).toEqual({ total: 4, socialWorker: 1, mentor: 3 });
    // K003, born 30.06.2003, turns 18 on the period's last day: an adult man.
    expect(stats.ageGroups).toEqual({
      children: 1,
      women: 1,
      men: 2,
      adultsUnknownGender: 0,
      unknownAge: 0,
    });
    expect(stats.averageAge).toEqual({ women: 36, men: 28 });
    expect(stats.households).toEqual({ families: 1, familyMembers: 2, individuals: 2 });
    expect(
      stats.countries.map((c: { code: string; clients: number }) => [c.code, c.clients]),
    ).toEqual([
      ['IQ', 2],
      ['AF', 1],
      ['BY', 1],
    ]);
    expect(stats.locations).toEqual([
      { name: 'PMIC "Mucenieki"', clients: 3 },
      { name: 'Rīga', clients: 1 },
    ]);
    expect(stats.closures.byReason.left_country).toBe(1);
    expect(stats.staff).toEqual({ socialWorkers: 1, mentors: 2, mentorsPerMonthAverage: 2 });
  });

  it('writes a Latvian PDF with the period, the figures and page numbers', async () => {
    const pages = await pdfPageTexts(readFileSync(pdfPath));
    const text = normaliseSpace(pages.join(' '));
    expect(text).toContain('no 2021. gada 1. jūnija līdz 2021. gada 30. jūnijam');
    expect(text).toContain('4 klienti');
    expect(text).toContain('Afganistāna');
    pages.forEach((page, index) =>
      expect(normaliseSpace(page)).toContain(`${index + 1}. lpp. no ${pages.length}`),
    );
  });

  it('never lets ids or free-text notes reach the outputs or the terminal', async () => {
    const pdfText = (await pdfPageTexts(readFileSync(pdfPath))).join(' ');
    for (const output of [pdfText, readFileSync(jsonPath, 'utf8'), run.stderr, run.stdout]) {
      for (const secret of ['K001', 'K004', 'G1', 'M1', 'S1', 'Paraugs', '+371', '20000000']) {
        expect(output).not.toContain(secret);
      }
    }
  });

  it('gives the same bytes for the same input and SOURCE_DATE_EPOCH', () => {
    const again = tempDir();
    runCli(['--period', '2021-06', '--input', SMALL], { cwd: again, env: EPOCH });
    const secondPdf = join(again, 'reports/lsk-report_2021-06-01_2021-06-30.pdf');
    expect(readFileSync(secondPdf).equals(readFileSync(pdfPath))).toBe(true);
    expect(readFileSync(secondPdf.replace(/pdf$/, 'json'), 'utf8')).toBe(
      readFileSync(jsonPath, 'utf8'),
    );
  });
});

describe('main job: options and outputs', () => {
  it('prints the JSON on stdout with --json - and keeps stdout clean otherwise', () => {
    const run = runCli(['--period', '2021-06', '-i', SMALL, '--json', '-', '--out', 'r.pdf', '-q']);
    expect(run.code, describeRun(run)).toBe(0);
    expect(JSON.parse(run.stdout).clients.unique).toBe(4);
    expect(run.stderr).toBe('');
    expect(existsSync(join(run.cwd, 'r.pdf'))).toBe(true);
  });

  it('takes the input from the config file when --input is absent', () => {
    const cwd = dirWith('fixtures/report/small.csv');
    writeFileSync(join(cwd, 'lsk-report.config.json'), JSON.stringify({ input: ['*.csv'] }));
    const run = runCli(['--period', '2021-06', '--json', '-', '-q'], { cwd });
    expect(run.code, describeRun(run)).toBe(0);
    expect(JSON.parse(run.stdout).dataQuality.files[0].name).toBe('small.csv');
  });

  it('draws the logos of the config', async () => {
    const cwd = dirWith('fixtures/report/small.csv');
    const { createCanvas } = await import('@napi-rs/canvas');
    const canvas = createCanvas(120, 40);
    canvas.getContext('2d').fillRect(0, 0, 120, 40);
    writeFileSync(join(cwd, 'logo.png'), canvas.toBuffer('image/png'));
    writeFileSync(join(cwd, 'lsk-report.config.json'), JSON.stringify({ logos: ['logo.png'] }));
    const run = runCli(['--period', '2021-06', '-i', 'small.csv', '--out', 'r.pdf', '-q'], { cwd });
    expect(run.code, describeRun(run)).toBe(0);
    expect(readFileSync(join(cwd, 'r.pdf')).toString('latin1')).toContain('/Subtype /Image');
  });

  it('finds the config file’s input in a folder whose name looks like a pattern', () => {
    const cwd = tempDir();
    const folder = join(cwd, 'Atskaites (2021) [v1]');
    mkdirSync(folder);
    writeFileSync(join(folder, 'small.csv'), readFileSync(SMALL));
    for (const input of [['*.csv'], ['small.csv']]) {
      writeFileSync(join(folder, 'lsk-report.config.json'), JSON.stringify({ input }));
      const run = runCli(
        ['--config', 'Atskaites (2021) [v1]/lsk-report.config.json', '--period', '2021-06'],
        { cwd: cwd },
      );
      expect(run.code, describeRun(run)).toBe(0);
    }
  });

  it.each([
    [
      ['--from', '2021-07-01', '--to', '2021-06-30', '-i', SMALL],
      /--from 2021-07-01 is after --to 2021-06-30/,
    ],
    [
      ['--from', '2021-02-30', '--to', '2021-06-30', '-i', SMALL],
      /--from: "2021-02-30" is not a day/,
    ],
    [['--period', '2021H3', '-i', SMALL], /unknown period "2021H3"/],
    [['-i', SMALL], /which period\?/],
    [['--from', '2021-06-01', '-i', SMALL], /--to is missing/],
    [['--to', '2021-06-30', '-i', SMALL], /--from is missing/],
    [['--from', '01.06.2021', '--to', '2021-06-30', '-i', SMALL], /did you mean 2021-06-01\?/],
    [['--period', '2021-06'], /no input: name the exports/],
    [['--period', '2021-06', '-i', 'missing/*.csv'], /matched no file/],
    [['--period', '2021-06', '-i', SMALL, '--bogus'], /unknown option '--bogus'/],
  ])('exits 2 with a clear message for %j', (args, message) => {
    const run = runCli(args);
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('stops on invalid rows with exit 1, names them, and writes nothing', () => {
    const run = runCli(['--period', '2021-06', '-i', join(ROOT, 'fixtures/report/invalid.csv')]);
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stderr).toContain(
      'invalid.csv:2: citizenship: unknown country "Irakk" (did you mean Irāka (IQ)?)',
    );
    expect(run.stderr).toContain('invalid.csv:3: gender: unknown gender "X"');
    expect(run.stderr).toContain(
      '2 invalid rows (2 problems); no report was written. Fix the rows, or use ' +
        '--skip-invalid to leave them out (the annex lists them).',
    );
    expect(existsSync(join(run.cwd, 'reports'))).toBe(false);
  });

  it('keeps an earlier report in place when a run fails', () => {
    const cwd = tempDir();
    const ok = runCli(['--period', '2021-06', '-i', SMALL, '--out', 'r.pdf'], { cwd });
    expect(ok.code, describeRun(ok)).toBe(0);
    const before = readFileSync(join(cwd, 'r.pdf'));
    const failed = runCli(
      ['--period', '2021-06', '-i', join(ROOT, 'fixtures/report/invalid.csv'), '--out', 'r.pdf'],
      { cwd },
    );
    expect(failed.code).toBe(1);
    expect(readFileSync(join(cwd, 'r.pdf')).equals(before)).toBe(true);
  });

  it('with --skip-invalid writes the report and counts what was left out', () => {
    const run = runCli([
      '--period',
      '2021-06',
      '-i',
      join(ROOT, 'fixtures/report/invalid.csv'),
      '--skip-invalid',
      '--json',
      '-',
    ]);
    expect(run.code, describeRun(run)).toBe(0);
    const stats = JSON.parse(run.stdout);
    expect(stats.clients.unique).toBe(1);
    expect(stats.dataQuality.rowsInvalid.total).toBe(2);
    expect(stats.dataQuality.rowsInvalid.byReason).toEqual([
      { reason: 'citizenship.unknown', count: 1 },
      { reason: 'gender.unknown', count: 1 },
    ]);
  });

  it('refuses to write the report over an input file', () => {
    const cwd = dirWith('fixtures/report/small.csv');
    const run = runCli(['--period', '2021-06', '-i', 'small.csv', '--json', 'small.csv'], { cwd });
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toContain('refusing to write small.csv: it is one of the input files');
    expect(readFileSync(join(cwd, 'small.csv'), 'utf8')).toContain('klienta_id');
  });
});
