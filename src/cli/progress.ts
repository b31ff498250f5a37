import { counted } from '../english.js';
import type { Progress } from '../pipeline.js';
import type { Terminal } from './io.js';

/**
 * Progress for long runs, on one rewritten stderr line, shown only when stderr
 * is an interactive terminal and not `--quiet`: logs and CI output stay clean.
 */
export function progressReporter(
  terminal: Terminal,
  quiet: boolean | undefined,
): ((progress: Progress) => void) | undefined {
  if (quiet || !terminal.isTTY) return undefined;
  return (progress) => {
    const text =
      progress.stage === 'reading'
        ? `read ${counted(progress.rows, 'row')}…`
        : `rendered ${progress.done} of ${counted(progress.total, 'report')}…`;
    terminal.err(`\r\x1b[K${text}`);
  };
}

/** Ends a progress line before other output, if one may have been drawn. */
export function endProgressLine(terminal: Terminal, quiet: boolean | undefined): void {
  if (!quiet && terminal.isTTY) terminal.err('\r\x1b[K');
}
