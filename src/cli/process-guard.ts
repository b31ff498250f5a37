/**
 * What the process does when it is stopped or cannot print: Ctrl+C (SIGINT)
 * and SIGTERM remove the unfinished temporary files, keep every earlier
 * report, and exit 130 / 143 with one line; a closed pipe on stdout or
 * stderr (`lsk-report diff … | head`) ends quietly; any other failure to
 * write them (a full disk) exits 2 naming standard output.
 */
import { fileProblem } from '../errors.js';
import { removeUnfinishedOutputs, whenNotCommitting } from '../output.js';

const SIGNALS = [
  { signal: 'SIGINT', exitCode: 130, words: 'interrupted' },
  { signal: 'SIGTERM', exitCode: 143, words: 'stopped (SIGTERM)' },
] as const;

/** Installs the handlers; called once by bin/lsk-report.js, never by in-process tests. */
export function guardProcess(): void {
  for (const { signal, exitCode, words } of SIGNALS) {
    process.on(signal, () => {
      whenNotCommitting((late) => {
        removeUnfinishedOutputs();
        process.stderr.write(
          late
            ? `lsk-report: ${words} after the outputs were written in full\n`
            : `lsk-report: ${words}; no unfinished file was left and earlier reports were kept\n`,
        );
        process.exit(exitCode);
      });
    });
  }
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    streamFailed(error, 'standard output');
  });
  process.stderr.on('error', (error: NodeJS.ErrnoException) => {
    streamFailed(error, null);
  });
}

function streamFailed(error: NodeJS.ErrnoException, name: string | null): void {
  removeUnfinishedOutputs();
  // The reader went away (`| head`): nothing to say, and no one to say it to.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  if (name !== null) {
    const problem = fileProblem(error) ?? error.message;
    try {
      process.stderr.write(`lsk-report: cannot write to ${name}: ${problem}\n`);
    } catch {
      // stderr failing too: the exit code says it.
    }
  }
  process.exit(2);
}
