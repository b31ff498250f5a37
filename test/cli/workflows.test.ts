import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Terminal } from '../../src/cli/io.js';
import { describeRun, ROOT, runCli, tempDir } from '../helpers/run-cli.js';

const SMALL = join(ROOT, 'fixtures/report/small.csv');
const EPOCH = { SOURCE_DATE_EPOCH: '1638316800' };

/** Runs the JSON-only main job for a period and returns the file written. */
function statsFor(cwd: string, period: string, name: string): string {
  const run = runCli(['--period', period, '-i', SMALL, '--json', name, '-o', `${name}.pdf`, '-q'], {
    cwd,
  });
  expect(run.code, describeRun(run)).toBe(0);
  return name;
}

describe('period shortcuts', () => {
  it.each([
    ['2021-06', '2021-06-01', '2021-06-30'],
    ['2021-Q2', '2021-04-01', '2021-06-30'],
    ['2021H1', '2021-01-01', '2021-06-30'],
    ['2021', '2021-01-01', '2021-12-31'],
  ])('--period %s is %s … %s', (period, from, to) => {
    const run = runCli(['--period', period, '-i', SMALL, '--json', '-', '-o', 'r.pdf', '-q']);
    expect(run.code, describeRun(run)).toBe(0);
    expect(JSON.parse(run.stdout).period).toEqual({ from, to });
  });
});

describe('lsk-report diff', () => {
  const cwd = tempDir();
  const june = statsFor(cwd, '2021-06', 'june.json');
  const q2 = statsFor(cwd, '2021-Q2', 'q2.json');
  const july = statsFor(cwd, '2021-07', 'july.json');

  it('exits 0 and says so when two runs agree', () => {
    const run = runCli(['diff', june, q2], { cwd });
    // Q2 holds the same June contacts plus K001's May contact.
    expect(run.code).toBe(1);
    const same = runCli(['diff', june, june], { cwd });
    expect(same.code, describeRun(same)).toBe(0);
    expect(same.stdout).toBe('No figure differs.\n');
  });

  it('lists every figure that differs between two periods, by key, with the change', () => {
    const run = runCli(['diff', june, july, '--format', 'csv'], { cwd });
    expect(run.code, describeRun(run)).toBe(1);
    const lines = run.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('figure,2021-06-01 … 2021-06-30,2021-07-01 … 2021-07-31,change,change %');
    // June: 4 clients (K001–K004); July: only K005.
    expect(lines).toContain('clients.unique,4,1,-3,-75');
    expect(lines).toContain('countries[AF].clients,1,,,');
    // The two months share no month: none is listed.
    expect(lines.filter((line) => line.startsWith('monthly['))).toEqual([]);
  });

  it('prints JSON and Markdown', () => {
    const json = JSON.parse(runCli(['diff', june, july, '--format', 'json'], { cwd }).stdout);
    expect(json.differences).toContainEqual({
      key: 'contacts.total',
      family: 'contacts',
      values: [4, 1],
      change: -3,
      changePercent: -75,
    });
    const markdown = runCli(['diff', june, july, '--format', 'markdown'], { cwd }).stdout;
    expect(markdown).toContain('| contacts.total | 4 | 1 | -3 | -75 % |');
  });

  it('refuses a file that is not a statistics JSON, and another schemaVersion (exit 2)', () => {
    writeFileSync(join(cwd, 'other.json'), '{"hello": 1}');
    const other = runCli(['diff', june, 'other.json'], { cwd });
    expect(other.code, describeRun(other)).toBe(2);
    expect(other.stderr).toContain('other.json');
    const v2 = JSON.parse(readFileSync(join(cwd, june), 'utf8'));
    v2.schemaVersion = 2;
    writeFileSync(join(cwd, 'v2.json'), JSON.stringify(v2));
    const newer = runCli(['diff', june, 'v2.json'], { cwd });
    expect(newer.code, describeRun(newer)).toBe(2);
    expect(newer.stderr).toMatch(/schemaVersion/);
    expect(runCli(['diff', june, 'missing.json'], { cwd }).code).toBe(2);
  });
});

describe('lsk-report batch', () => {
  const cwd = tempDir();
  writeFileSync(
    join(cwd, 'periods.json'),
    JSON.stringify({
      outDir: 'out',
      periods: [{ period: '2021-06' }, { from: '2021-05-01', to: '2021-07-31', out: 'custom.pdf' }],
    }),
  );
  const args = ['batch', '--periods', 'periods.json', '-i', SMALL];
  const first = runCli(args, { cwd, env: EPOCH });

  it('writes every period from one read of the exports', () => {
    expect(first.code, describeRun(first)).toBe(0);
    for (const file of [
      'out/lsk-report_2021-06-01_2021-06-30.pdf',
      'out/lsk-report_2021-06-01_2021-06-30.json',
      'custom.pdf',
      'custom.json',
    ]) {
      expect(existsSync(join(cwd, file)), file).toBe(true);
    }
    const june = JSON.parse(
      readFileSync(join(cwd, 'out/lsk-report_2021-06-01_2021-06-30.json'), 'utf8'),
    );
    const mayToJuly = JSON.parse(readFileSync(join(cwd, 'custom.json'), 'utf8'));
    expect(june.clients.unique).toBe(4);
    expect(mayToJuly.clients.unique).toBe(5);
  });

  it('--check passes on fresh reports and fails, naming the file, when one is stale', () => {
    const fresh = runCli([...args, '--check'], { cwd, env: EPOCH });
    expect(fresh.code, describeRun(fresh)).toBe(0);
    expect(fresh.stderr).toContain('All 4 files are up to date.');

    writeFileSync(join(cwd, 'custom.json'), '{}\n');
    const stale = runCli([...args, '--check'], { cwd, env: EPOCH });
    expect(stale.code, describeRun(stale)).toBe(3);
    expect(stale.stdout).toContain('custom.json: stale: not a statistics JSON');
    expect(stale.stderr).toContain('1 of 4 files needs regenerating');
    expect(readFileSync(join(cwd, 'custom.json'), 'utf8')).toBe('{}\n'); // --check writes nothing
  });

  it('--check without SOURCE_DATE_EPOCH compares the PDFs by their figures, and says so', () => {
    const run = runCli([...args, '--check'], { cwd, env: { SOURCE_DATE_EPOCH: '' } });
    expect(run.stderr).toContain('PDFs compared by their figures only');
  });

  it('writes --errors-out like the main job: every problem and warning', () => {
    const warning = 'warning: unknown_column: small.csv:1: ignored unknown column "Piezīmes"\n';
    const clean = runCli([...args, '-q', '--errors-out', 'clean.txt'], { cwd, env: EPOCH });
    expect(clean.code, describeRun(clean)).toBe(0);
    expect(readFileSync(join(cwd, 'clean.txt'), 'utf8')).toBe(warning);

    const invalid = join(ROOT, 'fixtures/report/invalid.csv');
    const withInvalid = ['batch', '--periods', 'periods.json', '-i', invalid, '-q'];
    const stopped = runCli([...withInvalid, '--errors-out', 'stopped.txt'], { cwd, env: EPOCH });
    expect(stopped.code, describeRun(stopped)).toBe(1);
    const skipped = runCli([...withInvalid, '--skip-invalid', '--errors-out', 'skipped.txt'], {
      cwd,
      env: EPOCH,
    });
    expect(skipped.code, describeRun(skipped)).toBe(0);
    for (const name of ['stopped.txt', 'skipped.txt']) {
      expect(readFileSync(join(cwd, name), 'utf8')).toBe(
        'invalid.csv:2: citizenship: unknown country "Irakk" (did you mean Irāka (IQ)?)\n' +
          'invalid.csv:3: gender: unknown gender "X" (expected F, female, S, sieviete, M, male, V, vīrietis or empty)\n',
      );
    }
  }, 120_000); // three batch runs, each rendering every period: longer than vitest's default under load

  it('names a bad entry of periods.json (exit 2)', () => {
    writeFileSync(
      join(cwd, 'bad.json'),
      JSON.stringify({ periods: [{ period: '2021H3' }, { from: '2021-01-01' }] }),
    );
    const run = runCli(['batch', '--periods', 'bad.json', '-i', SMALL], { cwd });
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toContain('bad.json: periods[0]: unknown period "2021H3"');
  });
});

describe('progress on stderr', () => {
  function memoryTerminal(isTTY: boolean): Terminal & { text: () => string } {
    let err = '';
    return { isTTY, out: () => {}, err: (text) => void (err += text), text: () => err };
  }

  it('shows reports rendered when stderr is a terminal, and nothing of the kind otherwise', async () => {
    const cwd = tempDir();
    writeFileSync(
      join(cwd, 'periods.json'),
      // Periods the exports cover in full: -q still shows a warning about one they do not.
      JSON.stringify({
        periods: [{ from: '2021-05-20', to: '2021-05-31' }, { period: '2021-06' }],
      }),
    );
    const previous = process.cwd();
    process.chdir(cwd);
    try {
      const tty = memoryTerminal(true);
      expect(await main(['batch', '--periods', 'periods.json', '-i', SMALL], tty)).toBe(0);
      expect(tty.text()).toContain('rendered 2 of 2 reports…');
      const pipe = memoryTerminal(false);
      expect(await main(['batch', '--periods', 'periods.json', '-i', SMALL], pipe)).toBe(0);
      expect(pipe.text()).not.toContain('rendered');
      const quiet = memoryTerminal(true);
      expect(await main(['batch', '--periods', 'periods.json', '-i', SMALL, '-q'], quiet)).toBe(0);
      expect(quiet.text()).toBe('');
    } finally {
      process.chdir(previous);
    }
  });
});
