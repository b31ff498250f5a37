/**
 * Runs the built command line (`npm run build` first) as a user would: a
 * child process in a directory of the test's choosing. On failure, tests can
 * print `describeRun(run)` to see the command, exit code and both streams.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const BIN = join(ROOT, 'bin', 'lsk-report.js');

export interface CliRun {
  args: string[];
  cwd: string;
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `lsk-report <args>` in `cwd` (default: a new empty temporary directory). */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): CliRun {
  const cwd = options.cwd ?? tempDir();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  return { args, cwd, code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A new empty temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'lsk-report-test-'));
}

/** A temporary directory holding copies of the given files (paths relative to the project root). */
export function dirWith(...files: string[]): string {
  const dir = tempDir();
  for (const file of files) cpSync(join(ROOT, file), join(dir, basename(file)));
  return dir;
}

/** Command, exit code and output of a run, for assertion messages. */
export function describeRun(run: CliRun): string {
  return `$ lsk-report ${run.args.join(' ')}  (in ${run.cwd})\nexit ${run.code}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`;
}
