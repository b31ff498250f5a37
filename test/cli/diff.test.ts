/**
 * `lsk-report diff` as analysts use it, on the sample reports committed under
 * examples/ and on statistics files of earlier versions (fixtures/statistics/).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { deflatedSpaces, pdfWithEmbeddedJson } from '../helpers/embedded-json.js';
import { describeRun, ROOT, runCli, tempDir } from '../helpers/run-cli.js';

const REPORTS = join(ROOT, 'examples/contract-periods');
const H1 = join(REPORTS, 'lsk-report_2021-01-01_2021-06-30.json');
const H1_BEFORE_COMPARISON = join(ROOT, 'fixtures/statistics/2021H1-before-comparison.json');
const CONFIG = join(ROOT, 'fixtures/sample/lsk-report.config.json');

describe('statistics written by an earlier version', () => {
  it('diff reads a file without "comparison"; asked for that family, it is the only change', () => {
    const run = runCli(['diff', H1_BEFORE_COMPARISON, H1]);
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stdout).toBe('No figure differs.\n');

    const comparison = runCli(['diff', H1_BEFORE_COMPARISON, H1, '--all', '--format', 'json']);
    expect(comparison.code, describeRun(comparison)).toBe(1);
    expect(comparison.stderr).toBe('');
    const rows: { key: string; values: unknown[] }[] = JSON.parse(comparison.stdout).differences;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.key).toMatch(/^(comparison\.|\$schema$)/);
      expect(row.values[0]).toBeNull();
    }
  });

  it('batch --check calls it stale for the comparison it lacks, not unreadable', () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'out'));
    copyFileSync(H1_BEFORE_COMPARISON, join(cwd, 'out/lsk-report_2021-01-01_2021-06-30.json'));
    writeFileSync(
      join(cwd, 'periods.json'),
      JSON.stringify({ config: CONFIG, outDir: 'out', periods: [{ period: '2021H1' }] }),
    );
    const run = runCli(['batch', '--periods', 'periods.json', '--check'], {
      cwd,
      env: { SOURCE_DATE_EPOCH: '' },
    });
    expect(run.code, describeRun(run)).toBe(3);
    expect(run.stdout).toContain(
      'out/lsk-report_2021-01-01_2021-06-30.json: figures changed: comparison.period.from (none) → 2020-07-01',
    );
    expect(run.stdout).not.toContain('not a statistics JSON');
  });
});

const CONTRACT = join(REPORTS, 'lsk-report_2021-06-01_2021-11-30.json');
const Q4 = join(REPORTS, 'lsk-report_2021-10-01_2021-12-31.json');
const H1_PDF = join(REPORTS, 'lsk-report_2021-01-01_2021-06-30.pdf');
const CONTRACT_PDF = join(REPORTS, 'lsk-report_2021-06-01_2021-11-30.pdf');
const H1_LABEL = '2021-01-01 … 2021-06-30';
const CONTRACT_LABEL = '2021-06-01 … 2021-11-30';
const Q4_LABEL = '2021-10-01 … 2021-12-31';

const statsOf = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const bodyOf = (stdout: string) => stdout.trimEnd().split('\n').slice(1, -1);

describe('diff: what an analyst reads', () => {
  const two = runCli(['diff', H1, CONTRACT]);

  it('shows figures only, with columns headed by the periods', () => {
    expect(two.code, describeRun(two)).toBe(1);
    const lines = two.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      new RegExp(`^figure +${H1_LABEL} +${CONTRACT_LABEL} +change +change %$`),
    );
    const [h1, contract] = [H1, CONTRACT].map(statsOf);
    const unique = lines.find((line) => line.startsWith('clients.unique '))!.split(/ {2,}/);
    const change = contract.clients.unique - h1.clients.unique;
    expect(unique.slice(1)).toEqual([
      String(h1.clients.unique),
      String(contract.clients.unique),
      `+${change}`,
      `+${Math.round((change / h1.clients.unique) * 1000) / 10} %`,
    ]);
    expect(lines.at(-1)).toBe(`${lines.length - 2} figures differ.`);
    const keys = bodyOf(two.stdout).map((line) => line.split(/\s+/)[0]!);
    const hidden = keys.filter((key) =>
      /^(dataQuality|eligibility\.examples|period|comparison)|\.name$/.test(key),
    );
    expect(hidden).toEqual([]);
    expect(two.stdout).not.toMatch(/[0-9a-f]{64}|\.csv/);
    for (const line of two.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(110);
  });

  it('lists no month the two periods do not share (only June is in both, with equal figures)', () => {
    expect(two.stdout).not.toContain('monthly[');
    const months = runCli(['diff', H1, CONTRACT, '--all', '--format', 'json']);
    const keys = JSON.parse(months.stdout).differences.map((row: { key: string }) => row.key);
    expect(keys.filter((key: string) => key.startsWith('monthly['))).toEqual([]);
  });

  it('--all adds provenance: periods, eligibility examples, the comparison, names', () => {
    const all = runCli(['diff', H1, CONTRACT, '--all']);
    expect(all.code, describeRun(all)).toBe(1);
    for (const key of ['period.from', 'eligibility.examples[', 'comparison.', '].name ']) {
      expect(all.stdout).toContain(key);
    }
  });

  it('heads a column with the period the config names (-c)', () => {
    const named = runCli(['diff', H1, CONTRACT, '-c', CONFIG]);
    expect(named.stdout.split('\n')[0]).toMatch(
      new RegExp(`^figure +${H1_LABEL} +2021-2 +change +change %$`),
    );
  });

  it('--sort change puts the largest relative change first', () => {
    const run = runCli(['diff', H1, CONTRACT, '--sort', 'change', '--format', 'json']);
    expect(run.code, describeRun(run)).toBe(1);
    const rows: { changePercent: number | null; change: number | null }[] = JSON.parse(
      run.stdout,
    ).differences;
    const withPercent = rows.findLastIndex((row) => row.changePercent !== null);
    const percents = rows.slice(0, withPercent + 1).map((row) => Math.abs(row.changePercent!));
    expect(percents.length).toBeGreaterThan(10);
    expect(percents).toEqual([...percents].sort((a, b) => b - a));
    for (const row of rows.slice(withPercent + 1)) expect(row.changePercent).toBeNull();
  });

  it('--only keeps the families named; a wrong name lists them with a suggestion (exit 2)', () => {
    const only = runCli(['diff', H1, CONTRACT, '--only', 'countries,services', '--format', 'json']);
    const keys: string[] = JSON.parse(only.stdout).differences.map(
      (row: { key: string }) => row.key,
    );
    expect(keys.some((key) => key.startsWith('countries['))).toBe(true);
    expect(keys.some((key) => key.startsWith('services['))).toBe(true);
    for (const key of keys) expect(key).toMatch(/^(countries|services)\[/);

    const typo = runCli(['diff', H1, CONTRACT, '--only', 'countrys']);
    expect(typo.code, describeRun(typo)).toBe(2);
    expect(typo.stderr).toContain(
      'lsk-report: --only: unknown family of figures "countrys" (did you mean countries?); ' +
        'the families are clients, contacts, monthly, gender,',
    );
    expect(typo.stderr).toContain('(see "lsk-report diff --help")');
  });

  it('compares three periods in one table, a column per period; the change is first to last', () => {
    const run = runCli(['diff', H1, CONTRACT, Q4, '--format', 'csv']);
    expect(run.code, describeRun(run)).toBe(1);
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe(`figure,${H1_LABEL},${CONTRACT_LABEL},${Q4_LABEL},change,change %`);
    const [a, b, c] = [H1, CONTRACT, Q4].map((file) => statsOf(file).clients.unique);
    expect(lines).toContain(
      `clients.unique,${a},${b},${c},${c - a},${Math.round(((c - a) / a) * 1000) / 10}`,
    );
    // The same three files but for one: only the odd one out makes rows.
    const same = runCli(['diff', CONTRACT, CONTRACT, CONTRACT]);
    expect(same.code, describeRun(same)).toBe(0);
    expect(same.stdout).toBe('No figure differs.\n');
  });

  it('writes CSV for Latvian Excel: UTF-8 BOM, ";" between cells, decimal comma, CRLF', () => {
    const dir = tempDir();
    const run = runCli(['diff', H1, Q4, '--format', 'csv', '--locale', 'lv', '-o', 'd.csv'], {
      cwd: dir,
    });
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stdout).toBe('');
    const bytes = readFileSync(join(dir, 'd.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(`figure;${H1_LABEL};${Q4_LABEL};change;change %`);
    const [h1, q4] = [H1, Q4].map(statsOf);
    const lv = (n: number) => String(n).replace('.', ',');
    const men = Math.round((q4.averageAge.men - h1.averageAge.men) * 100) / 100;
    expect(text).toContain(
      `\r\naverageAge.men;${lv(h1.averageAge.men)};${lv(q4.averageAge.men)};${lv(men)};`,
    );
    expect(text).toContain('\r\naverageAge.men;40,1;47,3;7,2;18\r\n');
    expect(text).toContain('Rīga'); // letters as UTF-8
    const wrong = runCli(['diff', H1, Q4, '--locale', 'lv']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--locale sets the numbers of --format csv, not of table');
  });

  it('reads one file from standard input with "-"', () => {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/lsk-report.js'), 'diff', '-', CONTRACT, '--format', 'json'],
      { input: readFileSync(H1), encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.periods.map((period: { label: string }) => period.label)).toEqual([
      H1_LABEL,
      CONTRACT_LABEL,
    ]);
    expect(json.periods[0].file).toBe('-');
    expect(run.stdout).toBe(
      runCli(['diff', H1, CONTRACT, '--format', 'json']).stdout.replace(JSON.stringify(H1), '"-"'),
    );
  });

  it('refuses fewer than two files, two from stdin, and an output that is an input (exit 2)', () => {
    const one = runCli(['diff', H1]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('diff needs two or more files to compare');
    const stdin = runCli(['diff', '-', '-']);
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('only one of the files can be read from standard input');
    const dir = tempDir();
    copyFileSync(H1, join(dir, 'h1.json'));
    const over = runCli(['diff', 'h1.json', CONTRACT, '-o', 'h1.json'], { cwd: dir });
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('refusing to write h1.json: it is one of the input files');
    expect(readFileSync(join(dir, 'h1.json'), 'utf8')).toBe(readFileSync(H1, 'utf8'));
  });
});

describe('diff --format xlsx', () => {
  const dir = tempDir();
  const epoch = { SOURCE_DATE_EPOCH: '1640995200' };
  const run = runCli(['diff', H1, CONTRACT, Q4, '-o', 'compare.xlsx'], { cwd: dir, env: epoch });

  it('writes a workbook: a sheet per family, periods as columns, numbers as numbers', async () => {
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stderr).toMatch(/^\d+ figures differ → compare\.xlsx\n$/);
    const workbook = new ExcelJS.Workbook();
    const bytes = readFileSync(join(dir, 'compare.xlsx'));
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.slice(0, 4)).toEqual(['clients', 'contacts', 'gender', 'ageGroups']);
    expect(names).toEqual(expect.arrayContaining(['countries', 'services', 'closures']));
    expect(names).not.toContain('dataQuality');
    const clients = workbook.getWorksheet('clients')!;
    expect(clients.getRow(1).values).toEqual([
      undefined,
      'figure',
      H1_LABEL,
      CONTRACT_LABEL,
      Q4_LABEL,
      'change',
      'change %',
    ]);
    const unique = clients.getRow(2);
    const [a, b, c] = [H1, CONTRACT, Q4].map((file) => statsOf(file).clients.unique);
    expect(unique.values).toEqual([
      undefined,
      'clients.unique',
      a,
      b,
      c,
      c - a,
      Math.round(((c - a) / a) * 1000) / 10 / 100,
    ]);
    expect(unique.getCell(6).numFmt).toBe('0.0%');
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row, index) => {
        if (index === 1) return;
        for (const column of [2, 3, 4, 5, 6, 7]) {
          const value = row.getCell(column).value;
          if (value !== null && typeof value !== 'number') {
            expect(sheet.name, `${row.getCell(1).value}`).toMatch(/^(countries|comparison)$/);
          }
        }
      });
    }
  });

  it('gives the same bytes for the same files and SOURCE_DATE_EPOCH', () => {
    const again = runCli(['diff', H1, CONTRACT, Q4, '-o', 'again.xlsx', '-q'], {
      cwd: dir,
      env: epoch,
    });
    expect(again.code, describeRun(again)).toBe(1);
    expect(again.stderr).toBe('');
    expect(
      readFileSync(join(dir, 'again.xlsx')).equals(readFileSync(join(dir, 'compare.xlsx'))),
    ).toBe(true);
  });

  it("needs -o (a file, or - for stdout); the format also follows from -o's extension", () => {
    const noFile = runCli(['diff', H1, CONTRACT, '--format', 'xlsx'], { cwd: dir });
    expect(noFile.code, describeRun(noFile)).toBe(2);
    expect(noFile.stderr).toContain('name its file with -o (e.g. -o compare.xlsx)');
    const stdout = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/lsk-report.js'), 'diff', H1, CONTRACT, Q4, '--format', 'xlsx', '-o', '-'],
      { cwd: dir, env: { ...process.env, ...epoch } },
    );
    expect(stdout.status).toBe(1);
    expect(Buffer.from(stdout.stdout).equals(readFileSync(join(dir, 'compare.xlsx')))).toBe(true);
  });
});

/** A PDF that lsk-report did not make: one page of text from pdfkit, with nothing attached. */
async function foreignPdf(dir: string): Promise<string> {
  const path = join(dir, 'foreign.pdf');
  const doc = new PDFDocument({ info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', resolve));
  doc.text('Not a report of lsk-report');
  doc.end();
  await ended;
  writeFileSync(path, Buffer.concat(chunks));
  return path;
}

describe('the PDF is the data', () => {
  it('extract prints the statistics a report carries, byte for byte as written beside it', () => {
    for (const [pdf, json] of [
      [CONTRACT_PDF, CONTRACT],
      [H1_PDF, H1],
    ] as const) {
      const run = runCli(['extract', pdf]);
      expect(run.code, describeRun(run)).toBe(0);
      expect(run.stdout).toBe(readFileSync(json, 'utf8'));
      expect(run.stderr).toBe('');
    }
  });

  it('diff takes two PDFs, and gives what it gives for their JSON files', () => {
    const pdfs = runCli(['diff', H1_PDF, CONTRACT_PDF]);
    expect(pdfs.code, describeRun(pdfs)).toBe(1);
    expect(pdfs.stdout).toBe(runCli(['diff', H1, CONTRACT]).stdout);
    const same = runCli(['diff', CONTRACT_PDF, CONTRACT]);
    expect(same.code, describeRun(same)).toBe(0);
    expect(same.stdout).toBe('No figure differs.\n');
  });

  it('says clearly when a PDF was not made by lsk-report (exit 2), or a file is no PDF', async () => {
    const dir = tempDir();
    await foreignPdf(dir);
    for (const args of [
      ['extract', 'foreign.pdf'],
      ['diff', 'foreign.pdf', CONTRACT],
    ]) {
      const run = runCli(args, { cwd: dir });
      expect(run.code, describeRun(run)).toBe(2);
      expect(run.stderr).toMatch(
        /^lsk-report: foreign\.pdf: this PDF carries no statistics of lsk-report; it was made by another program/,
      );
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(run.stdout).toBe('');
    }
    const notPdf = runCli(['extract', CONTRACT]);
    expect(notPdf.code).toBe(2);
    expect(notPdf.stderr).toContain('not a PDF file');
  });

  it('reads neither a file too large to be statistics nor a PDF whose attachment inflates to gigabytes', async () => {
    const dir = tempDir();
    // A sparse file: 300 MB to the tool, nothing on the disk.
    writeFileSync(join(dir, 'huge.json'), '');
    truncateSync(join(dir, 'huge.json'), 300 * 1024 * 1024);
    const huge = runCli(['diff', CONTRACT, 'huge.json'], { cwd: dir });
    expect(huge.code, describeRun(huge)).toBe(2);
    expect(huge.stderr).toMatch(
      /^lsk-report: huge\.json: over 256 MB, more than a statistics JSON/,
    );
    // 600 MB once inflated, under a megabyte on disk: more than a string can hold.
    const bomb = await deflatedSpaces('{"schemaVersion":1,"x":"', 600);
    writeFileSync(join(dir, 'bomb.pdf'), pdfWithEmbeddedJson(bomb));
    const run = runCli(['extract', 'bomb.pdf'], { cwd: dir });
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toMatch(
      /^lsk-report: bomb\.pdf: this PDF carries no statistics of lsk-report/,
    );
  }, 120_000);
});

describe('$schema in every JSON lsk-report writes', () => {
  const shippedId = (name: string) => {
    const files: string[] = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).files;
    expect(files).toContain('schemas');
    return JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8')).$id;
  };

  it('the statistics JSON names the shipped statistics schema, and is read back with it', () => {
    const cwd = tempDir();
    const small = join(ROOT, 'fixtures/report/small.csv');
    const run = runCli(['--period', '2021-06', small, '-o', 'r.pdf', '-q'], { cwd });
    expect(run.code, describeRun(run)).toBe(0);
    const text = readFileSync(join(cwd, 'r.json'), 'utf8');
    expect(JSON.parse(text).$schema).toBe(shippedId('statistics.schema.json'));
    expect(text.startsWith('{\n  "$schema": ')).toBe(true);
    const read = runCli(['diff', 'r.json', 'r.json', H1_BEFORE_COMPARISON, '--only', 'clients'], {
      cwd,
    });
    expect(read.code, describeRun(read)).toBe(1);
    expect(read.stderr).toBe('');
    const extracted = runCli(['extract', 'r.pdf'], { cwd });
    expect(extracted.stdout).toBe(text);
  });

  it('the diff JSON names the shipped diff schema', () => {
    const run = runCli(['diff', H1, CONTRACT, '--format', 'json']);
    expect(JSON.parse(run.stdout).$schema).toBe(shippedId('diff.schema.json'));
  });
});
