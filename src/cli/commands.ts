import type { Command } from 'commander';
import type { Terminal } from './io.js';
import { registerBatch } from './batch.js';
import { registerDiff } from './diff.js';
import { registerExtract } from './extract.js';
import { REPORT_EXIT_CODES } from './common.js';
import { addReportCommand } from './report.js';
import { registerValidate } from './validate.js';

/** The commands' names, for "did you mean" when a first argument is neither a command nor a file. */
export const COMMAND_NAMES = ['batch', 'diff', 'extract', 'help', 'report', 'validate'];

/**
 * Every command of the tool, each in its own module. The main job is the
 * program's own action and also the command `report` (so that
 * `lsk-report help report` works like the others).
 */
export function registerCommands(program: Command, terminal: Terminal): void {
  addReportCommand(program, terminal, COMMAND_NAMES, {
    examples: [
      'lsk-report --period 2021H2 exports/*.csv',
      'lsk-report validate exports/*.csv',
      'lsk-report diff 2021H1.json 2021H2.json 2022H1.pdf --format xlsx -o compare.xlsx',
    ],
    exitCodes: [
      ...REPORT_EXIT_CODES.slice(0, 2),
      { code: 1, meaning: 'diff: the statistics differ' },
      REPORT_EXIT_CODES[2]!,
      { code: 3, meaning: 'batch --check: a report is missing or its figures changed' },
      ...REPORT_EXIT_CODES.slice(3),
    ],
  });
  addReportCommand(
    program.command('report').description('the main job: write one report (the default command)'),
    terminal,
    COMMAND_NAMES,
  );
  registerValidate(program, terminal);
  registerDiff(program, terminal);
  registerBatch(program, terminal);
  registerExtract(program, terminal);
}
