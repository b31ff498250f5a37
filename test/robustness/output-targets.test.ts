/**
 * Special files and odd paths as outputs, through the built command line
 * (`npm run build` first): for `-o`, `--json` and `--errors-out` each, a target
 * drawn from what a careless user or a hostile folder offers — a folder, a
 * named pipe, links to a device, to a pipe, to nothing or round a loop, a path
 * through a file, a name too long for the file system, a long but valid name,
 * `-`, odd characters. Whatever the mix, the exit code is the one the target
 * kinds call for (2 when any is refused, else 0), a refusal names the path and
 * writes nothing, no special file or link is replaced, no temporary file is
 * left, and no stack trace is printed.
 */
import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRun, dirWith } from '../helpers/run-cli.js';
import { assertProperty, runCliTimed, SCALE, SEED, SHRINK, STACK_TRACE } from './harness.js';

/** How a target is planted, and whether the tool must refuse it. */
const KINDS = {
  'a new file': { refused: false },
  'a new file in new folders': { refused: false },
  'a path with a detour (x/../)': { refused: false },
  'an existing report': { refused: false },
  'a link to an existing report': { refused: false },
  'a long but valid name': { refused: false },
  'standard output (-)': { refused: false },
  'a folder': { refused: false }, // refused for --errors-out only (see `refuses`)
  'a named pipe': { refused: true },
  'a link to a device': { refused: true },
  'a link to a named pipe': { refused: true },
  'a link to nothing': { refused: true },
  'a loop of links': { refused: true },
  'a path through a file': { refused: true },
  'a name too long for the file system': { refused: true },
} as const;
type Kind = keyof typeof KINDS;

type Option = '--out' | '--json' | '--errors-out';
const EXTENSION: Record<Option, string> = {
  '--out': '.pdf',
  '--json': '.json',
  '--errors-out': '.txt',
};

/** Names people give files: spaces, parentheses, Latvian letters, a leading dash or dot. */
const ODD_NAMES = [
  'r',
  'Atskaite (2)',
  'ā ū š',
  'x y',
  '-dash',
  '.hidden',
  "it's",
  'a;b',
  '#1',
  'R.PDF',
];

interface Target {
  kind: Kind;
  name: string;
  /** Length of a long name (bytes before the extension). */
  length: number;
}

const target: fc.Arbitrary<Target> = fc.record({
  kind: fc.constantFrom(...(Object.keys(KINDS) as Kind[])),
  name: fc.constantFrom(...ODD_NAMES),
  length: fc.integer({ min: 200, max: 240 }),
});

/** One to three of the output options, each with its target. */
const outputs: fc.Arbitrary<[Option, Target][]> = fc
  .record({ out: fc.option(target), json: fc.option(target), errors: fc.option(target) })
  .map(({ out, json, errors }) => {
    const chosen: [Option, Target | null][] = [
      ['--out', out],
      ['--json', json],
      ['--errors-out', errors],
    ];
    return chosen.filter((entry): entry is [Option, Target] => entry[1] !== null);
  })
  .filter((chosen) => chosen.length > 0);

/** Whether the tool must refuse this target for this option. */
function refuses(option: Option, { kind }: Target): boolean {
  return KINDS[kind].refused || (kind === 'a folder' && option === '--errors-out');
}

/** Plants the target in `cwd` (its name unique to the option) and returns the argument to give. */
function plant(cwd: string, option: Option, { kind, name, length }: Target): string {
  // The name first, so that a leading dash or dot stays leading; the option keeps names apart.
  const base = `${name} ${option.replace(/^-+/, '')}`;
  const file = base + EXTENSION[option];
  const at = (path: string) => join(cwd, path);
  switch (kind) {
    case 'a new file':
      return file;
    case 'a new file in new folders':
      return `new ${base}/sub/${file}`;
    case 'a path with a detour (x/../)':
      mkdirSync(at(`x ${base}`));
      return `x ${base}/../${file}`;
    case 'an existing report':
      writeFileSync(at(file), 'an earlier report');
      return file;
    case 'a link to an existing report':
      writeFileSync(at(`real ${file}`), 'an earlier report');
      symlinkSync(`real ${file}`, at(file));
      return file;
    case 'a long but valid name': {
      // The JSON beside a PDF is one byte longer (.json): 240 + 5 stays within 255.
      const long = (base + '_'.repeat(length)).slice(0, length);
      return long + EXTENSION[option];
    }
    case 'standard output (-)':
      return '-';
    case 'a folder':
      mkdirSync(at(base));
      return base;
    case 'a named pipe':
      execFileSync('mkfifo', [at(file)]);
      return file;
    case 'a link to a device':
      // A link, never /dev/null itself: were the tool wrong, it would replace the link only.
      symlinkSync('/dev/null', at(file));
      return file;
    case 'a link to a named pipe':
      execFileSync('mkfifo', [at(`pipe ${file}`)]);
      symlinkSync(`pipe ${file}`, at(file));
      return file;
    case 'a link to nothing':
      symlinkSync(`nowhere ${file}`, at(file));
      return file;
    case 'a loop of links':
      symlinkSync(`loop ${file}`, at(file));
      symlinkSync(file, at(`loop ${file}`));
      return file;
    case 'a path through a file':
      writeFileSync(at(`plain ${base}`), 'a file, not a folder');
      return `plain ${base}/${file}`;
    case 'a name too long for the file system':
      return `${base}${'x'.repeat(300)}${EXTENSION[option]}`;
  }
}

/** What each entry of a folder is (links not followed), recursively, sorted. */
function snapshot(dir: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    const rel = prefix + entry;
    const info = lstatSync(path);
    if (info.isSymbolicLink()) found.push(`${rel} -> ${readlinkSync(path)}`);
    else if (info.isFIFO()) found.push(`${rel} (pipe)`);
    else if (info.isDirectory()) found.push(`${rel}/`, ...snapshot(path, `${rel}/`));
    else found.push(`${rel} ${readFileSync(path).length}`);
  }
  return found;
}

/** The links and pipes in a snapshot: none may change, whatever the run did. */
function specials(entries: string[]): string[] {
  return entries.filter((entry) => entry.includes(' -> ') || entry.endsWith(' (pipe)'));
}

function checkRun(chosen: [Option, Target][]): void {
  const cwd = dirWith('fixtures/report/small.csv');
  const args = chosen.map(([option, t]) => [option, plant(cwd, option, t)] as const);
  const before = snapshot(cwd);
  const run = runCliTimed(
    ['--period', '2021-06', '-i', 'small.csv', '-q', ...args.map(([option, path]) => `${option}=${path}`)],
    cwd,
  ); // prettier-ignore
  const after = snapshot(cwd);
  const context = `${JSON.stringify(chosen)}\n${describeRun(run)}`;
  const toStdout = args.filter(([, path]) => path === '-').length;
  const refused = chosen.some(([option, t]) => refuses(option, t)) || toStdout > 1;

  expect(run.stderr, context).not.toMatch(STACK_TRACE);
  expect(run.code, context).toBe(refused ? 2 : 0);
  expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  expect(specials(after), context).toEqual(specials(before));
  // Neither a temporary file (`.lsk-<pid>-<n>.tmp`) nor the lock file is left.
  expect(
    after.filter((entry) => entry.includes('.lsk-')),
    context,
  ).toEqual([]);
  if (refused) {
    // Refused before anything is written, naming the path as given.
    expect(after, context).toEqual(before);
    expect(run.stdout, context).toBe('');
    const named = args.some(([option, path], index) => {
      const t = chosen[index]![1];
      return refuses(option, t) && run.stderr.includes(path);
    });
    expect(named || toStdout > 1, context).toBe(true);
    return;
  }
  // Written: each named file is a complete output (through its link, when it is one).
  for (const [option, path] of args) {
    if (path === '-') {
      if (option === '--out') expect(run.stdout.startsWith('%PDF-'), context).toBe(true);
      if (option === '--json') expect(() => JSON.parse(run.stdout), context).not.toThrow();
      continue;
    }
    const written = statSync(join(cwd, path)).isDirectory()
      ? join(cwd, path, `lsk-report_2021-06-01_2021-06-30${EXTENSION[option]}`)
      : join(cwd, path);
    const data = readFileSync(written);
    if (option === '--out') expect(data.subarray(0, 5).toString('latin1'), context).toBe('%PDF-');
    if (option === '--json') expect(() => JSON.parse(data.toString('utf8')), context).not.toThrow();
    if (option === '--errors-out') {
      expect(data.toString('utf8'), context).toContain('ignored unknown column');
    }
  }
}

/**
 * Cases that write a PDF take a second or two, refusals far less: few runs, and the
 * property stops drawing new ones after two minutes.
 */
const RUNS = 16 * SCALE;
const BOUNDS = { plugins: [fc.interruptAfterTimeLimit(120_000 * SCALE)], endOnFailure: !SHRINK };

describe('special files and odd paths as outputs (fast-check, seed ' + SEED + ')', () => {
  it(
    'exit 2 naming the path when a target must be refused, else complete outputs; nothing special replaced',
    async () => {
      await assertProperty(
        fc.asyncProperty(outputs, async (chosen) => checkRun(chosen)),
        { numRuns: RUNS, seed: SEED, ...BOUNDS },
      );
    },
    300_000 * SCALE,
  );
});
