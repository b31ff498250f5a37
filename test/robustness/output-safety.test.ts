/**
 * A run never destroys data or a good report: outputs that name an input are
 * refused (however the path is spelt), and an existing report is replaced
 * only by a complete new one.
 */
import { linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { writeOutputs } from '../../src/output.js';
import { describeRun, dirWith, ROOT, runCli, tempDir } from '../helpers/run-cli.js';
import { filesUnder, STACK_TRACE } from './harness.js';

const SMALL = readFileSync(join(ROOT, 'fixtures/report/small.csv'));
const INVALID = readFileSync(join(ROOT, 'fixtures/report/invalid.csv'));

/** A run that must be refused before anything is written: exit 2, the input intact. */
function expectRefused(cwd: string, args: string[], input = 'small.csv', original = SMALL) {
  const before = filesUnder(cwd);
  const run = runCli(args, { cwd });
  expect(run.code, describeRun(run)).toBe(2);
  expect(run.stderr).toMatch(/refusing to write .*: it is one of the input files/);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(readFileSync(join(cwd, input)).equals(original)).toBe(true);
  expect(filesUnder(cwd)).toEqual(before);
}

describe('outputs never overwrite an input', () => {
  it.each([
    ['--out naming the input', ['--out', 'small.csv']],
    ['--json naming the input', ['--json', 'small.csv']],
    ['--json through a detour (x/ exists)', ['--json', './x/../small.csv']],
    ['--out through a detour (y/ does not exist)', ['--out', 'y/../small.csv']],
  ])('refuses %s', (_name, outputs) => {
    const cwd = dirWith('fixtures/report/small.csv');
    mkdirSync(join(cwd, 'x'));
    expectRefused(cwd, ['--period', '2021-06', '-i', 'small.csv', ...outputs]);
  });

  it('refuses a statistics JSON that would land on the config file, or on the periods file', () => {
    const cwd = dirWith('fixtures/report/small.csv');
    const config = Buffer.from(JSON.stringify({ input: ['small.csv'] }));
    writeFileSync(join(cwd, 'report.json'), config);
    // The JSON goes beside the PDF by default: report.pdf → report.json, the config.
    expectRefused(
      cwd,
      ['--config', 'report.json', '--period', '2021-06', '--out', 'report.pdf'],
      'report.json',
      config,
    );
    const periods = Buffer.from(JSON.stringify({ periods: [{ period: '2021-06', out: 'p.pdf' }] }));
    writeFileSync(join(cwd, 'p.json'), periods);
    expectRefused(cwd, ['batch', '--periods', 'p.json', '-i', 'small.csv'], 'p.json', periods);
  });

  it('refuses an absolute output path naming an input given relatively', () => {
    const cwd = dirWith('fixtures/report/small.csv');
    expectRefused(cwd, [
      '--period',
      '2021-06',
      '-i',
      './small.csv',
      '--out',
      join(cwd, 'small.csv'),
    ]);
  });

  it('refuses an output that is the input under another name (symbolic link)', () => {
    const cwd = dirWith('fixtures/report/small.csv');
    symlinkSync('small.csv', join(cwd, 'link.csv'));
    expectRefused(cwd, ['--period', '2021-06', '-i', 'link.csv', '--out', 'small.csv']);
  });

  it('refuses an output that is the input under another name (hard link)', () => {
    const cwd = dirWith('fixtures/report/small.csv');
    linkSync(join(cwd, 'small.csv'), join(cwd, 'same.csv'));
    expectRefused(cwd, ['--period', '2021-06', '-i', 'same.csv', '--json', 'small.csv']);
  });

  it('refuses an input matched by a glob', () => {
    const cwd = dirWith('fixtures/report/small.csv');
    expectRefused(cwd, ['--period', '2021-06', '-i', '*.csv', '--out', 'small.csv']);
  });

  it('refuses --errors-out naming an input, in the main job and in validate', () => {
    const cwd = dirWith('fixtures/report/invalid.csv');
    expectRefused(
      cwd,
      ['--period', '2021-06', '-i', 'invalid.csv', '--errors-out', './invalid.csv'],
      'invalid.csv',
      INVALID,
    );
    expectRefused(
      cwd,
      ['validate', '-i', 'invalid.csv', '--errors-out', 'invalid.csv'],
      'invalid.csv',
      INVALID,
    );
  });
});

describe('an existing report is replaced only by a complete new one', () => {
  /** A directory with a good report from a first run, and its bytes. */
  function withEarlierReport() {
    const cwd = dirWith('fixtures/report/small.csv');
    const args = ['--period', '2021-06', '-i', 'small.csv', '--out', 'r.pdf', '-q'];
    const first = runCli(args, { cwd });
    expect(first.code, describeRun(first)).toBe(0);
    return {
      cwd,
      args,
      pdf: readFileSync(join(cwd, 'r.pdf')),
      json: readFileSync(join(cwd, 'r.json')),
    };
  }

  const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  it.each([
    [
      'a logo file that does not exist',
      null,
      /config: logos: cannot read (.*[\\/])?logo\.png: there is no such file or folder/,
    ],
    [
      'a logo that is not an image',
      Buffer.from('not an image'),
      /config: logos: \S*logo\.png is not a PNG or JPEG image/,
    ],
    [
      'a damaged PNG logo (a signature, then nothing)',
      PNG_SIGNATURE,
      /config: logos: \S*logo\.png is a damaged image/,
    ],
    [
      'a damaged JPEG logo',
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
      /config: logos: \S*logo\.png is a damaged image/,
    ],
  ])('keeps the earlier PDF and JSON when rendering fails on %s', (_name, logo, message) => {
    const earlier = withEarlierReport();
    if (logo !== null) writeFileSync(join(earlier.cwd, 'logo.png'), logo);
    writeFileSync(join(earlier.cwd, 'cfg.json'), JSON.stringify({ logos: ['logo.png'] }));
    const before = filesUnder(earlier.cwd);
    const run = runCli([...earlier.args, '--config', 'cfg.json'], { cwd: earlier.cwd });
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(readFileSync(join(earlier.cwd, 'r.pdf')).equals(earlier.pdf)).toBe(true);
    expect(readFileSync(join(earlier.cwd, 'r.json')).equals(earlier.json)).toBe(true);
    expect(filesUnder(earlier.cwd)).toEqual(before); // no temporary file left
  });

  it('keeps the earlier report when the data turn out invalid', () => {
    const earlier = withEarlierReport();
    writeFileSync(join(earlier.cwd, 'small.csv'), INVALID);
    const run = runCli(earlier.args, { cwd: earlier.cwd });
    expect(run.code, describeRun(run)).toBe(1);
    expect(readFileSync(join(earlier.cwd, 'r.pdf')).equals(earlier.pdf)).toBe(true);
    expect(readFileSync(join(earlier.cwd, 'r.json')).equals(earlier.json)).toBe(true);
  });

  it('writeOutputs: text given in pieces is written whole, to a file and to stdout', async () => {
    const dir = tempDir();
    const pieces = function* () {
      yield 'one\n';
      yield 'two\n';
    };
    const stdout: (string | Uint8Array)[] = [];
    await writeOutputs(
      [
        { path: join(dir, 'list.txt'), data: pieces() },
        { path: join(dir, 'empty.txt'), data: [] },
        { path: '-', data: pieces() },
      ],
      (piece) => stdout.push(piece),
    );
    expect(readFileSync(join(dir, 'list.txt'), 'utf8')).toBe('one\ntwo\n');
    expect(readFileSync(join(dir, 'empty.txt'), 'utf8')).toBe('');
    expect(stdout).toEqual(['one\n', 'two\n']);
  });

  it('writeOutputs: when a later file cannot be written, an earlier one is not replaced either', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.pdf'), 'old report');
    writeFileSync(join(dir, 'blocker'), 'a file where a folder is wanted');
    const writing = writeOutputs([
      { path: join(dir, 'r.pdf'), data: 'new report' },
      { path: join(dir, 'blocker', 'r.json'), data: '{}' },
    ]);
    await expect(writing).rejects.toBeInstanceOf(UserError);
    await expect(writing).rejects.toThrow(/^cannot write .*blocker/);
    expect(readFileSync(join(dir, 'r.pdf'), 'utf8')).toBe('old report');
    expect(filesUnder(dir)).toEqual(['blocker', 'r.pdf']);
  });
});

describe('one run never writes the same file twice', () => {
  function expectTwiceRefused(cwd: string, args: string[], message: string) {
    const before = filesUnder(cwd);
    const run = runCli(args, { cwd });
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(filesUnder(cwd)).toEqual(before);
  }

  it('refuses --json or --errors-out naming the PDF', () => {
    const cwd = dirWith('fixtures/report/small.csv');
    const args = ['--period', '2021-06', '-i', 'small.csv', '--out', 'r.pdf'];
    const twice = 'refusing to write r.pdf twice in one run';
    expectTwiceRefused(cwd, [...args, '--json', 'r.pdf'], twice);
    expectTwiceRefused(
      cwd,
      [...args, '--errors-out', './r.pdf'],
      'refusing to write ./r.pdf twice in one run (also named r.pdf)',
    );
  });

  it('refuses a batch whose periods name the same reports', () => {
    const cwd = dirWith('fixtures/report/small.csv');
    writeFileSync(
      join(cwd, 'periods.json'),
      JSON.stringify({ periods: [{ period: '2021H2' }, { from: '2021-07-01', to: '2021-12-31' }] }),
    );
    expectTwiceRefused(
      cwd,
      ['batch', '--periods', 'periods.json', '-i', 'small.csv'],
      'twice in one run',
    );
  });
});
