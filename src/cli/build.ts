import { buildReports, InvalidRowsError, type JobResult } from '../pipeline.js';
import { printProblems } from './inputs.js';
import type { Terminal } from './io.js';
import type { PreparedJob } from './job.js';
import { endProgressLine, progressReporter } from './progress.js';

/**
 * Builds the reports of a command (the main job or `batch`) with progress on
 * the terminal, after the warnings about printed config and notes text. Row problems are printed (the first 20) and all written to
 * `--errors-out` (an empty file when there are none), also when invalid rows
 * stop the run.
 */
export async function buildReportsOnTerminal(
  job: PreparedJob,
  terminal: Terminal,
  options: { quiet?: boolean; errorsOut?: string },
): Promise<JobResult> {
  const { textWarnings, ...reportJob } = job;
  // Shown with --quiet too, before the exports are read: the PDF will print a placeholder.
  for (const warning of textWarnings) terminal.err(`${warning}\n`);
  let result: JobResult;
  try {
    result = await buildReports({
      ...reportJob,
      onProgress: progressReporter(terminal, options.quiet),
    }).finally(() => endProgressLine(terminal, options.quiet));
  } catch (error) {
    if (error instanceof InvalidRowsError) {
      await printProblems(terminal, error.problems, options.errorsOut, {
        warnings: error.warnings,
      });
    }
    throw error;
  }
  if (result.problems.length > 0 || options.errorsOut !== undefined) {
    await printProblems(terminal, result.problems, options.errorsOut, {
      warnings: result.warnings,
    });
  }
  // Shown with --quiet too: a report that misses part of its period is a problem.
  for (const warning of result.periodWarnings) terminal.err(`${warning}\n`);
  return result;
}
