import { Option, type Command } from 'commander';
import { compareStatistics } from '../diff/compare.js';
import { DIFF_FORMATS, formatDifferences, type DiffFormat } from '../diff/format.js';
import { EXIT, UserError } from '../errors.js';
import {
  addCommonOptions,
  BUG_EXIT,
  describeCommand,
  optionsOf,
  type CommonOptions,
} from './common.js';
import type { Terminal } from './io.js';
import { readStatisticsFile } from './statistics-file.js';

interface DiffOptions extends CommonOptions {
  format: DiffFormat;
}

/** `lsk-report diff A.json B.json`: every figure that differs; exit 1 when any does. */
export function registerDiff(program: Command, terminal: Terminal): void {
  const command = program
    .command('diff')
    .description('compare statistics (JSON files or report PDFs) figure by figure')
    .argument('<a>', 'statistics JSON or report PDF (e.g. the earlier period; "-": stdin)')
    .argument('<b>', 'statistics JSON or report PDF to compare with')
    .addOption(
      new Option('--format <format>', 'output format').choices(DIFF_FORMATS).default('table'),
    );
  addCommonOptions(command);
  describeCommand(command, terminal, {
    examples: [
      'lsk-report diff 2021H1.json 2021H2.json',
      'lsk-report diff a.pdf b.json --format csv',
    ],
    exitCodes: [
      { code: 0, meaning: 'no figure differs' },
      { code: 1, meaning: 'figures differ' },
      { code: 2, meaning: 'usage error, or a file that is not statistics of lsk-report' },
      BUG_EXIT,
    ],
  });
  command.action(async (a: string, b: string, _options: unknown, self: Command) => {
    const options = optionsOf<DiffOptions>(self);
    if (a === '-' && b === '-') throw new UserError('only one file can be read from stdin ("-")');
    const [statsA, statsB] = await Promise.all([readStatisticsFile(a), readStatisticsFile(b)]);
    const differences = compareStatistics(statsA, statsB);
    terminal.out(formatDifferences(differences, options.format));
    process.exitCode = differences.length === 0 ? EXIT.ok : EXIT.invalidData;
  });
}
