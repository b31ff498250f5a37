/**
 * Shared pieces of the robustness suites: running ingest on bytes with a
 * time limit, classifying the outcome, and the shape every outcome must have.
 */
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { UserError } from '../../src/errors.js';
import { ingest } from '../../src/ingest/index.js';
import type { IngestOptions, IngestResult } from '../../src/ingest/types.js';
import { formatProblem } from '../../src/errors.js';
import { ROOT, type CliRun } from '../helpers/run-cli.js';

/**
 * fast-check seed of every property here: fixed, so that a failure can be
 * replayed. `LSK_FUZZ_SEED` and `LSK_FUZZ_SCALE` (a run multiplier) explore further.
 */
export const SEED = Number(process.env.LSK_FUZZ_SEED ?? 20210601);
export const SCALE = Number(process.env.LSK_FUZZ_SCALE ?? 1);

/** How long one in-process case may take before it counts as a hang. */
export const CASE_TIMEOUT_MS = 5_000;

export type Outcome =
  { kind: 'ok'; result: IngestResult; contacts: number } | { kind: 'user-error'; error: UserError };

class Hang extends Error {}

let caseDir: string | null = null;

/** Writes `bytes` to a fresh file (the name is what messages show) and returns its path. */
export function writeCase(bytes: Uint8Array | string, name = 'export.csv'): string {
  caseDir ??= mkdtempSync(join(tmpdir(), 'lsk-report-fuzz-'));
  const path = join(mkdtempSync(join(caseDir, 'case-')), name);
  writeFileSync(path, bytes);
  return path;
}

/**
 * Runs ingest on one file. Resolves with the result, or with the UserError it
 * threw; any other exception, or no answer within `CASE_TIMEOUT_MS`, rejects.
 */
export async function ingestFile(
  path: string,
  options: Partial<IngestOptions> = {},
): Promise<Outcome> {
  let contacts = 0;
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Hang(`ingest did not finish within ${CASE_TIMEOUT_MS} ms`)),
      CASE_TIMEOUT_MS,
    );
  });
  try {
    const result = await Promise.race([
      ingest({ files: [path], displayName: () => 'export.csv', ...options }, () => contacts++),
      hang,
    ]);
    return { kind: 'ok', result, contacts };
  } catch (error) {
    if (error instanceof UserError) return { kind: 'user-error', error };
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether properties that start the CLI shrink a failure (`LSK_FUZZ_SHRINK=1`). Off by
 * default: each case is a process and a PDF, and shrinking one can take tens of minutes;
 * the seed and path printed with a failure replay it, shrinking or not.
 */
export const SHRINK = process.env.LSK_FUZZ_SHRINK === '1';

/** How long a property given no time limit of its own may draw new cases: within the suite's 30-second time-out. */
export const DEFAULT_TIME_LIMIT_MS = 20_000 * SCALE;

/**
 * `fc.assert` for the async properties here, with a compact report: the seed,
 * the replay path and the cause, and the failing input saved to a file
 * (fast-check would otherwise print a multi-megabyte buffer).
 *
 * `numRuns` is rounded up to a whole number: fast-check stops only when its count
 * of runs equals `numRuns`, so `RUNS / 4` = 2.5 would never end. A property given no
 * plugins stops drawing new cases after `DEFAULT_TIME_LIMIT_MS`: none runs unbounded.
 */
export async function assertProperty<Ts>(
  property: fc.IAsyncProperty<Ts>,
  params: { numRuns: number; seed: number } & Partial<fc.Parameters<Ts>>,
): Promise<void> {
  const bounded: Partial<fc.Parameters<Ts>> = {
    // fast-check declares the plugin for any value type (unknown): it never looks at values.
    plugins: [fc.interruptAfterTimeLimit(DEFAULT_TIME_LIMIT_MS) as fc.Plugin<Ts>],
  };
  await fc.assert(property, {
    ...bounded,
    ...params,
    numRuns: Math.max(1, Math.ceil(params.numRuns)),
    asyncReporter: async (details) => {
      if (!details.failed) return;
      const saved = writeCase(
        Buffer.from(
          JSON.stringify(details.counterexample, (_key, value: unknown) =>
            isBufferJson(value) ? Buffer.from(value.data).toString('latin1') : value,
          ),
        ),
        'counterexample.json',
      );
      const cause = details.errorInstance instanceof Error ? details.errorInstance.message : '';
      throw new Error(
        `property failed (seed ${details.seed}, path "${details.counterexample === null ? '' : details.counterexamplePath}"), ` +
          `input (Buffers as latin1) saved in ${saved}:\n${cause.slice(0, 2000)}`,
      );
    },
  });
}

function isBufferJson(value: unknown): value is { type: 'Buffer'; data: number[] } {
  return (
    typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'Buffer'
  );
}

/** The longest message for one failed file (a header message lists what it expected and found). */
export const MESSAGE_LIMIT = 2000;
/** The longest message for one row problem: quoted values are cut short. */
export const PROBLEM_LIMIT = 400;

/** Asserts what every outcome must look like, whatever the input was. */
export function expectWellFormed(outcome: Outcome, bytes?: Uint8Array): void {
  if (outcome.kind === 'user-error') {
    const { error } = outcome;
    expect([1, 2]).toContain(error.exitCode);
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.message.length, error.message).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(error.message.split('\n').length, error.message).toBeLessThanOrEqual(3);
    expect(error.message).toMatch(/^export\.csv:/);
    return;
  }
  const { result, contacts } = outcome;
  const quality = result.dataQuality;
  // Nothing dropped silently: every data row is valid, invalid or a duplicate.
  expect(quality.rowsRead).toBe(
    quality.rowsValid + quality.rowsInvalid.total + quality.duplicatesRemoved,
  );
  expect(contacts).toBe(quality.rowsValid);
  expect(quality.rowsInvalid.byReason.reduce((sum, r) => sum + r.count, 0)).toBe(
    quality.rowsInvalid.total,
  );
  expect(result.problems.length).toBeGreaterThanOrEqual(quality.rowsInvalid.total);
  const lastLine = bytes === undefined ? Infinity : physicalLines(bytes);
  let previousLine = 0;
  for (const problem of result.problems) {
    // Line 1 is the header at the earliest; a problem's line exists in the file.
    expect(problem.line).toBeGreaterThanOrEqual(2);
    expect(problem.line).toBeLessThanOrEqual(lastLine);
    const text = formatProblem(problem);
    expect(text).toMatch(/^export\.csv:\d+: [^:\n]+: /);
    expect(text).not.toContain('\n');
    expect(text.length, text).toBeLessThanOrEqual(PROBLEM_LIMIT);
    expect(problem.line).toBeGreaterThanOrEqual(previousLine);
    previousLine = problem.line;
  }
  for (const warning of result.warnings) {
    expect(warning.message).not.toContain('\n');
    expect(warning.message.length, warning.message).toBeLessThanOrEqual(MESSAGE_LIMIT);
  }
}

/** Physical lines of a file: line breaks (CRLF, LF or a lone CR) plus one. */
export function physicalLines(bytes: Uint8Array): number {
  let lines = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) lines++;
  }
  return lines;
}

/** How long one command-line run may take before it counts as a hang. */
export const CLI_TIMEOUT_MS = 30_000;

/**
 * `runCli` (test/helpers/run-cli.ts) with a time limit: spawnSync blocks the
 * test's event loop, so only the child's own timeout can catch a hang.
 */
export function runCliTimed(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'lsk-report.js'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: CLI_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  const code = result.status ?? (result.signal !== null ? -1 : -2);
  return { args, cwd, code, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** Every file under `dir`, relative paths, sorted. */
export function filesUnder(dir: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    const rel = prefix === '' ? entry : `${prefix}/${entry}`;
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, rel));
    else found.push(rel);
  }
  return found.sort();
}

/** A stack trace line, as Node prints them. */
export const STACK_TRACE = /\n\s+at /;
