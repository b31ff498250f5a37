import { statSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from './errors.js';

/** A report's PDF file name when none is given: `lsk-report_2021-06-01_2021-11-30.pdf`. */
export function reportFileName(period: { from: string; to: string }): string {
  return `lsk-report_${period.from}_${period.to}.pdf`;
}

/** Where a report's statistics JSON goes when no path is given: beside its PDF. */
export function jsonBeside(pdfPath: string): string {
  return `${pdfPath.replace(/\.pdf$/i, '')}.json`;
}

/** A file the run will write, with its bytes. */
export interface OutputFile {
  path: string;
  data: Uint8Array | string;
}

/**
 * Writes every file atomically: each goes to a temporary file beside its
 * target and is renamed over it only after all of them were written in full,
 * so a failed run leaves any earlier report in place and nothing half-written.
 */
export async function writeOutputs(files: OutputFile[]): Promise<void> {
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const [index, file] of files.entries()) {
      await mkdir(dirname(resolve(file.path)), { recursive: true });
      const temp = join(
        dirname(resolve(file.path)),
        `.${basename(file.path)}.${process.pid}.${index}.tmp`,
      );
      staged.push({ temp, target: file.path });
      const handle = await open(temp, 'w');
      try {
        await handle.writeFile(file.data);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    for (const { temp, target } of staged) await rename(temp, target);
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    if (isErrno(error)) {
      // Name the file the user asked for, not our temporary one beside it.
      const target = staged.find(({ temp }) => temp === error.path)?.target ?? error.path;
      throw new UserError(`cannot write ${target ?? 'the output'}: ${error.code ?? error.message}`);
    }
    throw error;
  }
}

/**
 * Refuses output paths that would destroy something: one of the inputs (a
 * report must never overwrite data), or the same file named twice in one run
 * (one output would silently replace the other). Paths are compared resolved
 * against `cwd`, and existing files also by identity, so a symbolic or hard
 * link to an input counts too.
 */
export function assertOutputPaths(
  outputs: readonly string[],
  inputs: readonly string[],
  cwd: string = process.cwd(),
): void {
  const inputPaths = new Set(inputs.map((input) => resolve(cwd, input)));
  const inputIds = new Set(inputs.map((input) => fileIdentity(resolve(cwd, input))));
  const seen = new Map<string, string>();
  for (const output of outputs) {
    const path = resolve(cwd, output);
    const id = fileIdentity(path);
    if (inputPaths.has(path) || (id !== null && inputIds.has(id))) {
      throw new UserError(`refusing to write ${output}: it is one of the input files`);
    }
    const earlier = seen.get(path);
    if (earlier !== undefined) {
      throw new UserError(
        `refusing to write ${output} twice in one run` +
          (earlier === output ? '' : ` (also named ${earlier})`) +
          ': give each report and file its own name',
      );
    }
    seen.set(path, output);
  }
}

/** Device and inode of an existing file (links followed), or null when there is none. */
function fileIdentity(path: string): string | null {
  const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stat === undefined ? null : `${stat.dev}:${stat.ino}`;
}

function isErrno(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}
