/**
 * Outputs through the built command line: `-` is standard output for every
 * output option, only regular files are replaced, a folder gets the default
 * name inside it, the PDF and JSON of one run stay paired when two runs write
 * them at once, a signal or a full disk leaves no half-written file, and a
 * path the system refuses is a plain message with exit 2, never a bug.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRun, dirWith, ROOT, runCli, type CliRun } from '../helpers/run-cli.js';
import { STACK_TRACE } from '../robustness/harness.js';

const BIN = join(ROOT, 'bin', 'lsk-report.js');
const JUNE = ['--period', '2021-06', '-i', 'small.csv'];
const EPOCH = { SOURCE_DATE_EPOCH: '1625097600' };

/** Every entry of a folder, hidden ones included, sorted. */
const entries = (dir: string) => readdirSync(dir).sort();

function expectPlainError(run: CliRun, code: number, message: RegExp): void {
  expect(run.code, describeRun(run)).toBe(code);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(run.stderr).not.toMatch(/bug|unexpected|\bE[A-Z]{3,}\b/);
}

describe('"-" is standard output for every output option', () => {
  it('-o - writes the PDF to stdout and no file named "-"', () => {
    const cwd = dirWith('fixtures/report/small.csv');
    const run = runCli([...JUNE, '-o', '-', '-q'], { cwd });
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stdout.startsWith('%PDF-')).toBe(true);
    expect(entries(cwd)).toEqual(['small.csv']);
  });

  it('--errors-out - writes every problem to stdout', () => {
    const cwd = dirWith('fixtures/report/invalid.csv');
    const run = runCli(['validate', '-i', 'invalid.csv', '--errors-out', '-', '-q'], { cwd });
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stdout).toMatch(/^invalid\.csv:\d+: /);
    expect(entries(cwd)).toEqual(['invalid.csv']);
  });

  it('refuses two outputs on stdout in one run', () => {
    const cwd = dirWith('fixtures/report/small.csv');
    const run = runCli([...JUNE, '-o', '-', '--json', '-'], { cwd });
    expectPlainError(run, 2, /two outputs to standard output/);
    expect(entries(cwd)).toEqual(['small.csv']);
  });
});

describe('only regular files are replaced', () => {
  it.each([
    ['-o /dev/null', ['-o', '/dev/null'], /refusing to write \/dev\/null: it is a device/],
    ['--json /dev/null', ['-o', 'r.pdf', '--json', '/dev/null'], /it is a device/],
    ['--errors-out /dev/null', ['-o', 'r.pdf', '--errors-out', '/dev/null'], /it is a device/],
    ['a named pipe', ['-o', 'fifo'], /refusing to write fifo: it is a named pipe/],
    ['a link to a device', ['-o', 'null.pdf'], /refusing to write null.pdf: it is a device/],
    ['a link to nothing', ['-o', 'gone.pdf'], /gone.pdf: it is a symbolic link to a file that/],
    ['--errors-out naming a folder', ['-o', 'r.pdf', '--errors-out', 'd'], /d: it is a folder/],
  ])('refuses %s (exit 2) and leaves it as it was', (_name, outputs, message) => {
    const cwd = dirWith('fixtures/report/small.csv');
    execFileSync('mkfifo', [join(cwd, 'fifo')]);
    symlinkSync('/dev/null', join(cwd, 'null.pdf'));
    symlinkSync('nowhere.pdf', join(cwd, 'gone.pdf'));
    mkdirSync(join(cwd, 'd'));
    const run = runCli([...JUNE, ...outputs], { cwd });
    expectPlainError(run, 2, message);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(lstatSync(join(cwd, 'null.pdf')).isSymbolicLink()).toBe(true);
    expect(entries(cwd)).toEqual(['d', 'fifo', 'gone.pdf', 'null.pdf', 'small.csv']);
  });

  it('-o naming a folder writes the default file names inside it', () => {
    const cwd = dirWith('fixtures/report/small.csv');
    mkdirSync(join(cwd, 'out'));
    const run = runCli([...JUNE, '-o', 'out', '-q'], { cwd });
    expect(run.code, describeRun(run)).toBe(0);
    expect(entries(join(cwd, 'out'))).toEqual([
      'lsk-report_2021-06-01_2021-06-30.json',
      'lsk-report_2021-06-01_2021-06-30.pdf',
    ]);
  });

  it('a symbolic link to a report is kept: the file it points to gets the new report', () => {
    const cwd = dirWith('fixtures/report/small.csv');
    writeFileSync(join(cwd, 'real.pdf'), 'old');
    symlinkSync('real.pdf', join(cwd, 'link.pdf'));
    const run = runCli([...JUNE, '-o', 'link.pdf', '-q'], { cwd });
    expect(run.code, describeRun(run)).toBe(0);
    expect(lstatSync(join(cwd, 'link.pdf')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(cwd, 'real.pdf'), 'latin1').startsWith('%PDF-')).toBe(true);
  });
});

describe('paths the system refuses are usage errors in plain words (exit 2), never bugs', () => {
  it.each([
    ['a file used as a folder', ['-o', 'afile/r.pdf'], /cannot write afile\/r.pdf: a folder in its path is a file/],
    ['a loop of links', ['-o', 'loop/r.pdf'], /cannot write loop\/r.pdf: its path goes round a loop/],
    ['a name too long', ['-o', `${'n'.repeat(300)}.pdf`], /the name is too long for the file system/],
    ['a template that is a folder', ['-o', 'r.pdf', '--templates', 'tpl'], /cannot read the template tpl\/lv\/summary.hbs: it is a folder/],
  ])('%s', (_name, args, message) => {
    const cwd = dirWith('fixtures/report/small.csv');
    writeFileSync(join(cwd, 'afile'), 'x');
    symlinkSync('loop', join(cwd, 'loop'));
    mkdirSync(join(cwd, 'tpl', 'lv', 'summary.hbs'), { recursive: true });
    const run = runCli([...JUNE, ...args], { cwd });
    expectPlainError(run, 2, message);
    expect(existsSync(join(cwd, 'r.pdf'))).toBe(false);
  }); // prettier-ignore

  // Root may write anywhere, so this runs only for other users (the mapping is unit-tested).
  it.skipIf(process.getuid?.() === 0)(
    'a folder without permission, and an unreadable export',
    () => {
      const cwd = dirWith('fixtures/report/small.csv');
      mkdirSync(join(cwd, 'locked'), { mode: 0o500 });
      const run = runCli([...JUNE, '-o', 'locked/r.pdf'], { cwd });
      expectPlainError(run, 2, /cannot write locked\/r.pdf: permission denied/);
      chmodSync(join(cwd, 'small.csv'), 0o000);
      const unreadable = runCli([...JUNE, '-o', 'r.pdf'], { cwd });
      expectPlainError(unreadable, 1, /small.csv: cannot read the file: permission denied/);
    },
  );

  it('batch: an outDir that is a file', () => {
    const cwd = dirWith('fixtures/report/small.csv');
    writeFileSync(join(cwd, 'afile'), 'x');
    writeFileSync(
      join(cwd, 'periods.json'),
      JSON.stringify({ outDir: 'afile', periods: [{ period: '2021-06' }] }),
    );
    const run = runCli(['batch', '--periods', 'periods.json', '-i', 'small.csv'], { cwd });
    expectPlainError(
      run,
      2,
      /cannot write \S*afile\/lsk-report_2021-06-01_2021-06-30.pdf: a folder/,
    );
  });

  it('a valid 250-byte output name is written (its temporary file has a short name)', () => {
    const cwd = dirWith('fixtures/report/small.csv');
    const name = `${'n'.repeat(246)}.pdf`;
    const run = runCli([...JUNE, '-o', name, '--json', 'r.json', '-q'], { cwd });
    expect(run.code, describeRun(run)).toBe(0);
    expect(entries(cwd)).toEqual([name, 'r.json', 'small.csv']);
  });

  it('diff into a full disk exits 2 naming standard output; a closed pipe ends quietly', async () => {
    const cwd = dirWith('fixtures/report/small.csv');
    const made = runCli([...JUNE, '-o', 'r.pdf', '-q'], { cwd });
    expect(made.code, describeRun(made)).toBe(0);
    const full = await runAsync(['diff', 'r.json', 'r.json'], cwd, {}, 'full');
    expect(full.code, full.stderr).toBe(2);
    expect(full.stderr).toBe(
      'lsk-report: cannot write to standard output: the disk is full: free some space and run again\n',
    );
    const closed = await runAsync(
      ['diff', 'r.json', 'r.json', '--format', 'json'],
      cwd,
      {},
      'closed',
    );
    expect(closed.stderr).toBe('');
    expect(closed.code).toBe(0);
  });
});

describe('interrupted and failed runs', () => {
  /** A folder with a report from an earlier run (June) and its bytes. */
  function withEarlierReport() {
    const cwd = dirWith('fixtures/report/small.csv');
    const first = runCli([...JUNE, '-o', 'r.pdf', '-q'], { cwd, env: EPOCH });
    expect(first.code, describeRun(first)).toBe(0);
    const pdf = readFileSync(join(cwd, 'r.pdf'));
    const json = readFileSync(join(cwd, 'r.json'));
    return { cwd, pdf, json };
  }

  it.each([
    ['SIGINT', 130, 'interrupted'],
    ['SIGTERM', 143, 'stopped (SIGTERM)'],
  ] as const)('%s removes the temporary files, keeps the earlier report, exits %i', async (signal, code, words) => {
    const { cwd, pdf, json } = withEarlierReport();
    const run = await runAsync(
      ['--from', '2021-06-01', '--to', '2021-06-15', '-i', 'small.csv', '-o', 'r.pdf', '-q'],
      cwd,
      { LSK_REPORT_TEST_HOLD: `written:${join(cwd, 'never')}` },
      'pipe',
      { at: 'test hold at written', signal },
    );
    expect(run.code, run.stderr).toBe(code);
    expect(run.stderr).toBe(
      `lsk-report: test hold at written\nlsk-report: ${words}; no unfinished file was left and earlier reports were kept\n`,
    );
    expect(entries(cwd)).toEqual(['r.json', 'r.pdf', 'small.csv']);
    expect(readFileSync(join(cwd, 'r.pdf')).equals(pdf)).toBe(true);
    expect(readFileSync(join(cwd, 'r.json')).equals(json)).toBe(true);
  }, 60_000); // prettier-ignore

  it('a full disk names the file, and leaves neither a truncated --errors-out nor a temporary file', () => {
    const cwd = dirWith('fixtures/report/invalid.csv');
    writeFileSync(join(cwd, 'errors.txt'), 'earlier list\n');
    const run = runCli(['validate', '-i', 'invalid.csv', '--errors-out', 'errors.txt', '-q'], {
      cwd,
      env: { LSK_REPORT_TEST_DISK_FULL: 'errors.txt' },
    });
    expectPlainError(run, 2, /^lsk-report: cannot write errors.txt: the disk is full/m);
    expect(readFileSync(join(cwd, 'errors.txt'), 'utf8')).toBe('earlier list\n');
    expect(entries(cwd)).toEqual(['errors.txt', 'invalid.csv']);
  });

  it('a file that cannot be replaced once others were renamed puts those back: nothing is replaced', async () => {
    // As when the JSON is open in a program that locks it: its rename fails after the PDF's.
    const cwd = dirWith('fixtures/report/small.csv');
    const release = join(cwd, 'release');
    expect(runCli([...JUNE, '-o', 'r.pdf', '-q'], { cwd, env: EPOCH }).code).toBe(0);
    const pdf = readFileSync(join(cwd, 'r.pdf'));
    const july = ['--period', '2021-07', '-i', 'small.csv', '-o', 'r.pdf', '-q'];
    const run = startCli(july, cwd, { ...EPOCH, LSK_REPORT_TEST_HOLD: `renaming:${release}` });
    await waitFor(() => !readFileSync(join(cwd, 'r.pdf')).equals(pdf));
    rmSync(join(cwd, 'r.json'));
    mkdirSync(join(cwd, 'r.json', 'inside'), { recursive: true });
    writeFileSync(release, '');
    const { code, stderr } = await run.done;
    expect(code, stderr).toBe(2);
    expect(stderr).toMatch(/^lsk-report: (cannot|refusing to) write r\.json: /m);
    expect(readFileSync(join(cwd, 'r.pdf')).equals(pdf)).toBe(true);
    expect(entries(cwd)).toEqual(['r.json', 'r.pdf', 'release', 'small.csv']);
  }, 60_000);

  it('batch: a report that changed into a folder while the others were made replaces none of them', async () => {
    const cwd = dirWith('fixtures/report/small.csv');
    writeFileSync(
      join(cwd, 'periods.json'),
      JSON.stringify({ outDir: 'out', periods: [{ period: '2021-06' }, { period: '2021-07' }] }),
    );
    const batch = ['batch', '--periods', 'periods.json', '-i', 'small.csv', '-q'];
    expect(runCli(batch, { cwd, env: EPOCH }).code).toBe(0);
    writeFileSync(join(cwd, 'out/lsk-report_2021-06-01_2021-06-30.pdf'), 'earlier');
    const release = join(cwd, 'release');
    const run = startCli(batch, cwd, { ...EPOCH, LSK_REPORT_TEST_HOLD: `written:${release}` });
    await waitFor(() => entries(join(cwd, 'out')).some((name) => name.endsWith('.tmp')));
    await new Promise((done) => setTimeout(done, 500));
    rmSync(join(cwd, 'out/lsk-report_2021-07-01_2021-07-31.json'));
    mkdirSync(join(cwd, 'out/lsk-report_2021-07-01_2021-07-31.json'));
    writeFileSync(release, '');
    const { code, stderr } = await run.done;
    expect(code, stderr).toBe(2);
    expect(stderr).toMatch(
      /refusing to write .*lsk-report_2021-07-01_2021-07-31\.json: it is a folder/,
    );
    expect(readFileSync(join(cwd, 'out/lsk-report_2021-06-01_2021-06-30.pdf'), 'utf8')).toBe(
      'earlier',
    );
    expect(entries(join(cwd, 'out')).filter((name) => name.startsWith('.'))).toEqual([]);
  }, 60_000);

  it('two runs writing the same report at once never leave one PDF beside the other JSON', async () => {
    const cwd = dirWith('fixtures/report/small.csv');
    const release = join(cwd, 'release');
    const july = ['--period', '2021-07', '-i', 'small.csv', '-o', 'r.pdf', '-q'];
    // Run A renames its PDF, then waits before its JSON, holding the lock…
    const a = startCli(july, cwd, { ...EPOCH, LSK_REPORT_TEST_HOLD: `renaming:${release}` });
    await waitFor(() => existsSync(join(cwd, 'r.pdf')));
    // … while run B (another period) writes the same files: once B has written
    // its temporary files, it either waits for A's lock or (unlocked) renames them.
    const b = startCli([...JUNE, '-o', 'r.pdf', '-q'], cwd, EPOCH);
    let bEnded = false;
    void b.done.then(() => (bEnded = true));
    await waitFor(() => bEnded || entries(cwd).some((name) => name.startsWith(`.lsk-${b.pid}-`)));
    await Promise.race([b.done, new Promise((done) => setTimeout(done, 2000))]);
    writeFileSync(release, '');
    const [ranA, ranB] = await Promise.all([a.done, b.done]);
    expect(ranA.code, ranA.stderr).toBe(0);
    expect(ranB.code, ranB.stderr).toBe(0);
    const jsonPeriod = JSON.parse(readFileSync(join(cwd, 'r.json'), 'utf8')).period.from;
    // B waited for A's lock, so B's pair is the last one written, whole.
    expect(jsonPeriod).toBe('2021-06-01');
    const june = reference(JUNE);
    expect(readFileSync(join(cwd, 'r.pdf')).equals(readFileSync(join(june, 'r.pdf')))).toBe(true);
    expect(entries(cwd)).toEqual(['r.json', 'r.pdf', 'release', 'small.csv']);
  }, 90_000);
});

/** The PDF of a run on its own, for comparison. */
function reference(args: string[]): string {
  const cwd = dirWith('fixtures/report/small.csv');
  const run = runCli([...args, '-o', 'r.pdf', '-q'], { cwd, env: EPOCH });
  expect(run.code, describeRun(run)).toBe(0);
  return cwd;
}

async function waitFor(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 25_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * Runs the CLI without blocking the test. `stdout`: a pipe, /dev/full, or a
 * pipe closed at once; `kill`: send `signal` once stderr shows `at`.
 */
function runAsync(...args: Parameters<typeof startCli>): Promise<{ code: number; stderr: string }> {
  return startCli(...args).done;
}

/** `runAsync`, with the process id of the run. */
function startCli(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  stdout: 'pipe' | 'full' | 'closed' = 'pipe',
  kill?: { at: string; signal: NodeJS.Signals },
): { pid: number; done: Promise<{ code: number; stderr: string }> } {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', stdout === 'full' ? openFull() : 'pipe', 'pipe'],
  });
  const done = new Promise<{ code: number; stderr: string }>((resolve, fail) => {
    if (stdout === 'closed') child.stdout!.destroy();
    else child.stdout?.resume();
    let stderr = '';
    let sent = false;
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      if (kill && !sent && stderr.includes(kill.at)) {
        sent = true;
        child.kill(kill.signal);
      }
    });
    child.on('error', fail);
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
  return { pid: child.pid!, done };
}

function openFull(): number {
  return openSync('/dev/full', 'w');
}
