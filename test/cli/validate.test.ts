import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRun, dirWith, ROOT, runCli, tempDir } from '../helpers/run-cli.js';
import { existsSync } from 'node:fs';

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'validate.js'))) {
    throw new Error('run "npm run build" before the end-to-end tests');
  }
});

const ERRORS = join(ROOT, 'fixtures', 'errors');
const HEADER = 'date;client_id;gender;birth_date;citizenship;legal_status;staff_role;service\n';
const GOOD = '2021-01-01;K-1;F;;IQ;refugee;mentor;housing\n';

/** A folder with a.csv: `count` rows, each with an unknown gender. */
function withInvalidRows(count: number): string {
  const dir = tempDir();
  const bad = Array.from(
    { length: count },
    (_, i) => `2021-01-01;K-${i};Q;;IQ;refugee;mentor;housing\n`,
  );
  writeFileSync(join(dir, 'a.csv'), HEADER + bad.join(''));
  return dir;
}

describe('error catalogue (fixtures/errors)', () => {
  const cases = readdirSync(ERRORS).filter((name) => name.endsWith('.csv'));
  it('has an expectation for every file', () => {
    for (const name of cases) {
      expect(existsSync(join(ERRORS, name.replace(/\.csv$/, '.expected.txt'))), name).toBe(true);
    }
  });
  it.each(cases)('%s', (name) => {
    const [first, ...lines] = readFileSync(
      join(ERRORS, name.replace(/\.csv$/, '.expected.txt')),
      'utf8',
    )
      .trimEnd()
      .split('\n');
    const run = runCli(['validate', '--quiet', '--input', name], { cwd: ERRORS });
    expect(run.code, describeRun(run)).toBe(Number(first!.replace('exit ', '')));
    // Row problems are validate's report (stdout); a file that cannot be read is an error (stderr).
    const output = (run.stdout + run.stderr).split('\n');
    for (const line of lines) expect(output, describeRun(run)).toContain(line);
    expect(run.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  });
});

describe('validate', () => {
  it('summarises the shipped sample and finds it valid', () => {
    const run = runCli(['validate', '--input', 'fixtures/sample/*.csv'], { cwd: ROOT });
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^Files:\n {2}fixtures\/sample\/2021-01-06-kontakti\.csv {2}Windows-1257, delimiter ";", 1,781 rows\n {2}fixtures\/sample\/2021-07-12-contacts\.csv {2}UTF-8, delimiter ",", 1,819 rows\nRows: 3,600 read, /,
    );
    expect(run.stdout).toContain('Dates: 2021-01-01 to 2021-12-31');
    expect(run.stdout).toContain('unknown_column (1):');
    expect(run.stdout).toMatch(/OK: every row is valid\.\n$/);
  });

  it('counts one of a kind in the singular', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'one.csv'), HEADER + GOOD);
    writeFileSync(join(dir, 'again.csv'), HEADER + GOOD);
    const run = runCli(['validate', '--input', 'one.csv', '--input', 'again.csv'], { cwd: dir });
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stdout).toContain('one.csv    UTF-8, delimiter ";", 1 row\n');
    expect(run.stdout).toContain('Rows: 2 read, 1 valid, 0 invalid, 1 duplicate removed\n');
  });

  it('exits 1 on an invalid row, 0 with --skip-invalid, and says how many', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'a.csv'),
      HEADER + GOOD + '2021-01-02;K-2;F;;Irakk;refugee;mentor;housing\n',
    );
    const strict = runCli(['validate', '--input', 'a.csv'], { cwd: dir });
    expect(strict.code, describeRun(strict)).toBe(1);
    expect(strict.stdout).toContain(
      'Rows: 2 read, 1 valid, 1 invalid, 0 duplicates removed\n  citizenship.unknown: 1\n',
    );
    expect(strict.stdout).toContain(
      '1 invalid row: fix it, or run with --skip-invalid to leave it out.',
    );
    const lenient = runCli(['validate', '--skip-invalid', '--input', 'a.csv'], { cwd: dir });
    expect(lenient.code, describeRun(lenient)).toBe(0);
    expect(lenient.stdout).toContain('a.csv:3: citizenship: unknown country "Irakk"');
    expect(lenient.stdout).toContain(
      '1 invalid row will be left out of the report (--skip-invalid)',
    );
  });

  it('shows the first 20 problems and writes all of them with --errors-out', () => {
    const dir = withInvalidRows(25);
    const run = runCli(['validate', '-q', '--input', 'a.csv'], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toMatch(/^a\.csv:2: gender: unknown gender "Q"/);
    expect(lines[19]).toMatch(/^a\.csv:21: gender:/);
    expect(lines[20]).toBe('… and 5 more (use --errors-out FILE to get them all)');

    const withFile = runCli(
      ['validate', '-q', '--input', 'a.csv', '--errors-out', 'problems.txt'],
      { cwd: dir },
    );
    expect(withFile.stdout).toContain('… and 5 more (all 25 are in problems.txt)');
    const written = readFileSync(join(dir, 'problems.txt'), 'utf8').trimEnd().split('\n');
    expect(written).toHaveLength(25);
    expect(written[24]).toMatch(/^a\.csv:26: gender: unknown gender "Q"/);
  });

  it('groups thousands in the count of problems not shown, as in every other count', () => {
    const dir = withInvalidRows(1_025);
    const run = runCli(['validate', '--input', 'a.csv'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('… and 1,005 more (use --errors-out FILE to get them all)');
    expect(run.stdout).toContain('Rows: 1,025 read, 0 valid, 1,025 invalid');
    const withFile = runCli(['validate', '-q', '--input', 'a.csv', '--errors-out', 'all.txt'], {
      cwd: dir,
    });
    expect(withFile.stdout).toContain('… and 1,005 more (all 1,025 are in all.txt)');
  });

  it('writes every problem of a large export to --errors-out, in order', () => {
    // Over a megabyte of problems: the file is written in several pieces.
    const dir = withInvalidRows(20_000);
    const run = runCli(['validate', '-q', '--input', 'a.csv', '--errors-out', 'all.txt'], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    const written = readFileSync(join(dir, 'all.txt'), 'utf8');
    expect(written.length).toBeGreaterThan(1 << 20);
    const lines = written.trimEnd().split('\n');
    expect(lines).toHaveLength(20_000);
    expect(lines.map((line) => Number(/^a\.csv:(\d+):/.exec(line)?.[1]))).toEqual(
      Array.from({ length: 20_000 }, (_, i) => i + 2),
    );
  });

  it('is silent with --quiet when everything is valid', () => {
    const dir = dirWith('fixtures/ingest/bom.csv');
    const run = runCli(['validate', '--quiet', '--input', 'bom.csv'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('pools several inputs and globs, each file once, in sorted order', () => {
    const dir = dirWith('fixtures/ingest/bom.csv', 'fixtures/ingest/tab.csv');
    const run = runCli(['validate', '-i', 'tab.csv', '-i', '*.csv'], { cwd: dir });
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stdout).toContain(
      'Files:\n  bom.csv  UTF-8, delimiter ",", 2 rows\n  tab.csv  UTF-8, delimiter TAB, 2 rows\n',
    );
    expect(run.stdout).toContain('Rows: 4 read, 4 valid, 0 invalid, 0 duplicates removed');
  });

  it('takes the inputs from the config file when --input is not given', () => {
    const dir = dirWith('fixtures/ingest/cp1257.csv');
    writeFileSync(join(dir, 'lsk-report.config.json'), JSON.stringify({ input: ['*.csv'] }));
    const run = runCli(['validate'], { cwd: dir });
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stdout).toContain('cp1257.csv  Windows-1257, delimiter ";", 2 rows');
  });

  it('forces the encoding and delimiter when told to', () => {
    const dir = dirWith('fixtures/ingest/cp1257.csv');
    const run = runCli(
      ['validate', '-i', 'cp1257.csv', '--encoding', 'cp1257', '--delimiter', ';'],
      { cwd: dir },
    );
    expect(run.code, describeRun(run)).toBe(0);
    const wrong = runCli(['validate', '-i', 'cp1257.csv', '--delimiter', 'tab'], { cwd: dir });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('read as Windows-1257 with delimiter TAB');
  });

  it('makes usage errors exit 2 with a message saying what to do', () => {
    const dir = tempDir();
    const none = runCli(['validate'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      'lsk-report: no input: name the exports, e.g. lsk-report validate exports/*.csv, or list them under "input" in lsk-report.config.json\n' +
        '(see "lsk-report validate --help")\n',
    );
    const nothing = runCli(['validate', '--input', 'exports/*.csv'], { cwd: dir });
    expect(nothing).toMatchObject({
      code: 2,
      stderr:
        'lsk-report: --input "exports/*.csv" matched no file\n(see "lsk-report validate --help")\n',
    });
    const missing = runCli(['validate', '--input', 'a.csv'], { cwd: dir });
    expect(missing).toMatchObject({
      code: 2,
      stderr: 'lsk-report: --input a.csv: no such file\n(see "lsk-report validate --help")\n',
    });
    const delimiter = runCli(['validate', '--input', 'a.csv', '--delimiter', '|'], { cwd: dir });
    expect(delimiter.code).toBe(2);
    expect(delimiter.stderr).toContain('use ";", "," or "tab"');
  });

  it.skipIf(process.platform === 'win32')(
    'says that a pipe or a device given as --input is not a regular file (it exists)',
    () => {
      const dir = tempDir();
      execFileSync('mkfifo', [join(dir, 'pipe.csv')]);
      for (const [input, kind] of [
        ['pipe.csv', 'a named pipe'],
        ['/dev/null', 'a device'],
      ]) {
        const run = runCli(['validate', '--input', input!], { cwd: dir });
        expect(run).toMatchObject({
          code: 2,
          stderr:
            `lsk-report: --input ${input} is ${kind}, not a regular file; save the export as a file and name that\n` +
            '(see "lsk-report validate --help")\n',
        });
      }
    },
  );
});

describe('inputs as people have them', () => {
  it('warns about a column with no name in the header that holds data, without quoting it', () => {
    const dir = tempDir();
    const header =
      'date;client_id;gender;birth_date;citizenship;legal_status;staff_role;service;;\n';
    const rows = [
      '2021-01-01;K-1;F;;IQ;refugee;mentor;housing;;\n',
      '2021-01-02;K-2;F;;IQ;refugee;mentor;housing;Anna Bērziņa +37120000001;\n',
      '2021-01-03;K-3;F;;IQ;refugee;mentor;housing;Jānis;\n',
    ];
    writeFileSync(join(dir, 'merged.csv'), header + rows.join(''));
    const run = runCli(['validate', '-i', 'merged.csv'], { cwd: dir });
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stdout + run.stderr).toContain(
      'merged.csv:1: column 9 has no name in the header but holds data on 2 rows (first on line 3); it is ignored',
    );
    expect(run.stdout + run.stderr).not.toContain('Anna');
    expect(run.stdout + run.stderr).not.toContain('Jānis');
    // Trailing delimiters alone, with no data under them, are no warning.
    expect(run.stdout + run.stderr).not.toContain('column 10');
  });

  it.skipIf(process.platform === 'win32')(
    'reads a file reached twice (a link, overlapping patterns) once',
    () => {
      const dir = tempDir();
      mkdirSync(join(dir, 'a'));
      writeFileSync(join(dir, 'a', 'one.csv'), HEADER + GOOD);
      symlinkSync(join(dir, 'a', 'one.csv'), join(dir, 'link.csv'));
      const run = runCli(['validate', '-i', 'a/*.csv', '-i', 'a/one.csv', '-i', 'link.csv'], {
        cwd: dir,
      });
      expect(run.code, describeRun(run)).toBe(0);
      expect(run.stdout + run.stderr).toContain(
        'Rows: 1 read, 1 valid, 0 invalid, 0 duplicates removed',
      );
      expect(run.stdout + run.stderr).toContain('link.csv: the same file as a/one.csv');
    },
  );

  it('refuses a NUL byte past the head of the file with its line, as binary data at the start is', () => {
    const dir = tempDir();
    // Over 64 KB of rows before it: a copy damaged further on (zeros where a block was lost).
    const rows = Array.from({ length: 2000 }, (_, i) => GOOD.replace('K-1', `K-${i}`));
    const damaged = '2021-01-02;K-x;F;;IQ;refugee;mentor;housing;R\0ga\n';
    writeFileSync(
      join(dir, 'a.csv'),
      HEADER.replace('service', 'service;location') + rows.join('') + damaged,
    );
    for (const args of [
      ['validate'],
      ['--from', '2021-01-01', '--to', '2021-01-31', '--json', 'r.json'],
    ]) {
      const run = runCli([...args, '--input', 'a.csv'], { cwd: dir });
      expect(run.code, describeRun(run)).toBe(1);
      expect(run.stderr).toContain(
        'a.csv:2002: this line holds a NUL byte, which no CSV export has',
      );
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(dir)).toEqual(['a.csv']);
  });

  it("reads a file that starts with Excel's sep= line with the delimiter it names", () => {
    const dir = tempDir();
    // Excel hides the line, so the file looks like any export there.
    writeFileSync(join(dir, 'sep.csv'), 'sep=;\r\n' + (HEADER + GOOD).replaceAll('\n', '\r\n'));
    writeFileSync(join(dir, 'bad.csv'), 'sep=,\n' + HEADER.replaceAll(';', ',') + 'x,K-1\n');
    const run = runCli(['validate', '-i', 'sep.csv'], { cwd: dir });
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stdout).toContain('sep.csv  UTF-8, delimiter ";", 1 row');
    const bad = runCli(['validate', '-i', 'bad.csv'], { cwd: dir });
    expect(bad.code, describeRun(bad)).toBe(1);
    expect(bad.stdout).toContain('bad.csv:3: date: unrecognised date [a 1-character text]');
  });

  it('reads an Excel for Mac export (lines ending with CR) that has a line break in a cell', () => {
    const dir = tempDir();
    const header = HEADER.replace('service', 'service;notes').replace('\n', '\r');
    const rows = [
      '2021-01-01;K-1;F;;IQ;refugee;mentor;housing;"two\nlines"\r',
      '2021-01-02;K-2;X;;IQ;refugee;mentor;housing;\r',
    ];
    writeFileSync(join(dir, 'mac.csv'), header + rows.join(''));
    const run = runCli(['validate', '-i', 'mac.csv'], { cwd: dir });
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stdout).toContain('Rows: 2 read, 1 valid, 1 invalid, 0 duplicates removed');
    expect(run.stdout).toContain('mac.csv:3: gender: unknown gender "X"');
    expect(run.stdout).not.toContain('K-1');
  });

  it('reports every file that cannot be read as an export, not only the first', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.csv'), GOOD);
    writeFileSync(join(dir, 'b.csv'), HEADER + GOOD);
    writeFileSync(join(dir, 'c.csv'), '');
    const run = runCli(['validate', '-i', '*.csv'], { cwd: dir });
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stdout + run.stderr).toContain('lsk-report: 2 files cannot be read as exports:\n');
    expect(run.stdout + run.stderr).toContain('\n  a.csv:1: header: missing required columns');
    expect(run.stdout + run.stderr).toContain('\n  c.csv: the file is empty');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('limits', () => {
  it('refuses a row of more than a million characters with its line, writing nothing', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'a.csv'),
      HEADER + GOOD + `2021-01-02;K-2;F;;IQ;refugee;mentor;"${'x'.repeat(1_200_000)}\n` + GOOD,
    );
    for (const args of [['validate'], ['--from', '2021-01-01', '--to', '2021-01-31']]) {
      const run = runCli([...args, '--input', 'a.csv'], { cwd: dir });
      expect(run.code, describeRun(run)).toBe(1);
      expect(run.stderr).toContain(
        'a.csv:3: the row starting on this line is longer than 1,000,000 characters, so the file cannot be a contact export',
      );
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(dir)).toEqual(['a.csv']);
  });
});
