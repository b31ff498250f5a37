import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from './errors.js';

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
    for (const file of files) {
      await mkdir(dirname(resolve(file.path)), { recursive: true });
      const temp = join(dirname(resolve(file.path)), `.${basename(file.path)}.${process.pid}.tmp`);
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
      throw new UserError(
        `cannot write ${error.path ?? 'the output'}: ${error.code ?? error.message}`,
      );
    }
    throw error;
  }
}

/** Refuses an output path that is one of the inputs: a report must never overwrite data. */
export function assertNotOverwritingInputs(outputs: string[], inputs: string[]): void {
  const inputSet = new Set(inputs.map((input) => resolve(input)));
  for (const output of outputs) {
    if (inputSet.has(resolve(output))) {
      throw new UserError(`refusing to write ${output}: it is one of the input files`);
    }
  }
}

function isErrno(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}
