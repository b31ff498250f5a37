/** Exit codes of the command line (README, "Using it"). */
export const EXIT = {
  ok: 0,
  /** Invalid data; for `diff` and `batch --check`: differences found. */
  invalidData: 1,
  /** Usage or config error. */
  usage: 2,
  /** `batch --check`: a report is missing or its figures changed (kept apart from invalid data). */
  stale: 3,
  /** A bug in lsk-report (EX_SOFTWARE): neither the data nor the usage is at fault. */
  bug: 70,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * An error the user can act on. Its message is printed as it is, without a
 * stack trace, by the one top-level handler in `cli/main.ts`.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.usage,
  ) {
    super(message);
  }
}

/**
 * One problem found in an input row, located by file, physical line and column.
 * `reason` is a stable key (`citizenship.unknown`) used to count problems by kind.
 */
export interface RowProblem {
  file: string;
  line: number;
  column: string;
  reason: string;
  message: string;
}

/** `contacts.csv:123: citizenship: unknown country "Irakk" (did you mean Irāka (IQ)?)` */
export function formatProblem(problem: RowProblem): string {
  return `${problem.file}:${problem.line}: ${problem.column}: ${problem.message}`;
}

/**
 * What the system said about a file, in plain words a person can act on
 * (`ENOTDIR` → "a folder in its path is a file"). The one mapping of
 * file-system errors used everywhere, so that no raw code reaches a message
 * and no such error is mistaken for a bug. Null when `error` is not one.
 */
export function fileProblem(error: unknown): string | null {
  if (!isSystemError(error)) return null;
  const words = FILE_PROBLEMS[error.code];
  if (words !== undefined) return words;
  // An error we have no words for: the system's own text, without its code.
  return error.message
    .replace(/^[A-Z0-9_]+: /, '')
    .replace(/, \w+( '.*')?$/, '')
    .trim();
}

/** Node's error from a system call: a code such as `ENOENT`, often the path and the call. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    /^E[A-Z0-9]+$/.test((error as NodeJS.ErrnoException).code!)
  );
}

const FULL = 'the disk is full: free some space and run again';
const IN_USE =
  'it is in use or locked (is it open in another program, such as Excel?): close it and run again';

const FILE_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'there is no such file or folder',
  ENOTDIR: 'a folder in its path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  ELOOP: 'its path goes round a loop of symbolic links',
  ENAMETOOLONG: 'the name is too long for the file system: choose a shorter one',
  EACCES: 'permission denied: check its permissions, or choose a place you may use',
  EPERM: IN_USE,
  EBUSY: IN_USE,
  ETXTBSY: IN_USE,
  EROFS: 'the disk is read-only: choose another place',
  ENOSPC: FULL,
  EDQUOT: FULL,
  EFBIG: 'the file is too large for the file system',
  EIO: 'the disk reported an input/output error',
  EMFILE: 'too many files are open: close some programs and run again',
  ENFILE: 'too many files are open: close some programs and run again',
  ENXIO: 'it is a device or pipe with nothing at the other end',
  ENODEV: 'it is a device that cannot be used as a file',
  EINVAL: 'the name is not valid on this file system',
  EEXIST: 'something else already has that name',
  EXDEV: 'it is on another disk than the folder it must go to',
};

/**
 * A UserError for a file the run could not use: `cannot write r.pdf: the
 * disk is full: free some space and run again`. `action` says what was being
 * done (`read`, `write`, `read the config file`), `shown` names the path as
 * the user gave it. Errors that are not the system's are returned unchanged.
 */
export function fileError(
  error: unknown,
  action: string,
  shown: string,
  exitCode: ExitCode = EXIT.usage,
): unknown {
  const problem = fileProblem(error);
  if (problem === null) return error;
  return new UserError(`cannot ${action} ${shown}: ${problem}`, exitCode);
}
