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
