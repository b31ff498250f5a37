/**
 * Bad input through the built command line (`npm run build` first): the exit
 * code is 0, 1 or 2, stderr holds no stack trace, and a failed run leaves no
 * report and no temporary file behind. Few runs: each is a process and a PDF.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRun, tempDir } from '../helpers/run-cli.js';
import {
  generatedCsv,
  headerlessExport,
  mutatedExport,
  type HeaderlessExport,
  plantedExport,
  renderCsv,
} from './arbitraries.js';
import {
  assertProperty,
  filesUnder,
  runCliTimed,
  SCALE,
  SEED,
  SHRINK,
  STACK_TRACE,
} from './harness.js';

const RUNS = 10 * SCALE;
/**
 * Each case is a process and a PDF (about 3 s, far more on a loaded machine): a property
 * stops drawing new cases after five minutes, and reports its first failure unshrunk
 * (seed and path replay it; LSK_FUZZ_SHRINK=1 shrinks).
 */
const BOUNDS = { plugins: [fc.interruptAfterTimeLimit(300_000 * SCALE)], endOnFailure: !SHRINK };

const input = fc.oneof(
  { arbitrary: mutatedExport, weight: 3 },
  { arbitrary: generatedCsv.map(renderCsv), weight: 1 },
);

interface Flags {
  skipInvalid: boolean;
  errorsOut: boolean;
  delimiter: string | null;
}

const flags: fc.Arbitrary<Flags> = fc.record({
  skipInvalid: fc.boolean(),
  errorsOut: fc.boolean(),
  delimiter: fc.constantFrom(null, ';', ',', 'tab'),
});

/** Runs the main job and `validate` on one input and checks what each left behind. */
function checkRun(bytes: Buffer, options: Flags): void {
  const cwd = tempDir();
  writeFileSync(join(cwd, 'export.csv'), bytes);
  const common = ['-i', 'export.csv'];
  if (options.skipInvalid) common.push('--skip-invalid');
  if (options.delimiter !== null) common.push('--delimiter', options.delimiter);

  const report = runCliTimed(
    [
      '--from', '2021-01-01', '--to', '2021-12-31', ...common,
      '--out', 'out/r.pdf', '--json', 'out/r.json',
      ...(options.errorsOut ? ['--errors-out', 'errors.txt'] : []),
    ], // prettier-ignore
    cwd,
    { SOURCE_DATE_EPOCH: '1625097600' },
  );
  expect([0, 1, 2], describeRun(report)).toContain(report.code);
  expect(report.stderr, describeRun(report)).not.toMatch(STACK_TRACE);
  expect(report.stderr).not.toContain('unexpected error');
  expect(report.stdout).toBe('');
  const left = filesUnder(cwd);
  expect(left.filter((file) => file.endsWith('.tmp'))).toEqual([]);
  if (report.code === 0) {
    expect(left).toContain('out/r.pdf');
    const pdf = readFileSync(join(cwd, 'out/r.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
    expect(() => JSON.parse(readFileSync(join(cwd, 'out/r.json'), 'utf8'))).not.toThrow();
  } else {
    expect(existsSync(join(cwd, 'out')), describeRun(report)).toBe(false);
  }

  const validate = runCliTimed(['validate', ...common, '-q'], cwd);
  expect([0, 1, 2], describeRun(validate)).toContain(validate.code);
  expect(validate.stderr, describeRun(validate)).not.toMatch(STACK_TRACE);
  expect(validate.stderr).not.toContain('unexpected error');
  // Both read the same data the same way: they agree on whether it can be used.
  expect(validate.code === 0, `${describeRun(report)}\n${describeRun(validate)}`).toBe(
    report.code === 0,
  );
}

describe('the command line on hostile input (fast-check, seed ' + SEED + ')', () => {
  it(
    'exits 0, 1 or 2 without a stack trace, and leaves no report or temporary file when it fails',
    async () => {
      await assertProperty(
        fc.asyncProperty(input, flags, async (bytes, options) => checkRun(bytes, options)),
        { numRuns: RUNS, seed: SEED, ...BOUNDS },
      );
    },
    600_000 * SCALE,
  );

  it(
    'planted personal data reaches neither stderr, --errors-out nor the JSON',
    async () => {
      await assertProperty(
        fc.asyncProperty(plantedExport, fc.boolean(), async ({ bytes, secrets }, skipInvalid) => {
          const cwd = tempDir();
          writeFileSync(join(cwd, 'export.csv'), bytes);
          const run = runCliTimed(
            [
              '--from', '2015-01-01', '--to', '2024-12-31', '-i', 'export.csv', '--json', '-',
              '--out', 'r.pdf', '--errors-out', 'errors.txt', ...(skipInvalid ? ['--skip-invalid'] : []),
            ], // prettier-ignore
            cwd,
          );
          expect([0, 1], describeRun(run)).toContain(run.code);
          const errors = existsSync(join(cwd, 'errors.txt'))
            ? readFileSync(join(cwd, 'errors.txt'), 'utf8')
            : '';
          const text = [run.stderr, run.stdout, errors].join('\n');
          expect(
            secrets.filter((secret) => text.includes(secret)),
            describeRun(run),
          ).toEqual([]);
        }),
        { numRuns: Math.max(3, RUNS / 3), seed: SEED, ...BOUNDS },
      );
    },
    600_000 * SCALE,
  );

  it(
    'a file without its header line, or with title rows: no cell on the terminal or in --errors-out, whatever the date form',
    async () => {
      // No report is drawn (the header stops the run): these runs are quick.
      const args = (main: boolean) =>
        main
          ? ['--period', '2021-07', '-i', 'export.csv', '--skip-invalid', '--errors-out', 'e.txt']
          : ['validate', '-i', 'export.csv', '--errors-out', 'e.txt'];
      // What the tool says of a header-less file of harmless cells: words a cell may share.
      const harmless = tempDir();
      writeFileSync(join(harmless, 'export.csv'), 'x;x;x\nx;x;x\n');
      const template = [true, false]
        .map((main) => runCliTimed(args(main), harmless).stderr)
        .join('\n');
      expect(template).toContain('that names no column');
      const check = ({ bytes, cells, secrets }: HeaderlessExport, main: boolean) => {
        const cwd = tempDir();
        writeFileSync(join(cwd, 'export.csv'), bytes);
        const run = runCliTimed(args(main), cwd);
        expect(run.code, describeRun(run)).toBe(1);
        expect(run.stderr).toMatch(/^lsk-report: export\.csv:1: header: missing required columns /m);
        expect(run.stderr).toContain('that names no column');
        const errors = existsSync(join(cwd, 'e.txt')) ? readFileSync(join(cwd, 'e.txt'), 'utf8') : '';
        const text = [run.stderr, run.stdout, errors].join('\n');
        expect(secrets.filter((secret) => text.includes(secret)), describeRun(run)).toEqual([]);
        // A cell of a few characters, or one the message says anyway ("legal" of "legal_status"), is no sign.
        const shown = cells.filter(
          (cell) => cell.length >= 4 && text.includes(cell) && !template.includes(cell),
        );
        expect(shown, describeRun(run)).toEqual([]);
      }; // prettier-ignore
      await assertProperty(
        fc.asyncProperty(headerlessExport, fc.boolean(), async (file, main) => check(file, main)),
        { numRuns: RUNS, seed: SEED, ...BOUNDS },
      );
    },
    600_000 * SCALE,
  );
});
