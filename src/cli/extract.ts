/**
 * `lsk-report extract report.pdf`: prints the statistics JSON a report PDF
 * carries inside, byte for byte as it was written beside the PDF.
 */
import type { Command } from 'commander';
import { isPdf } from '../embedded-statistics.js';
import { UserError } from '../errors.js';
import { parseStatisticsJson } from '../stats/serialize.js';
import {
  addCommonOptions,
  BUG_EXIT,
  describeCommand,
  optionsOf,
  type CommonOptions,
} from './common.js';
import type { Terminal } from './io.js';
import { readInputBytes, statisticsText } from './statistics-file.js';

/** Registers `extract`. */
export function registerExtract(program: Command, terminal: Terminal): void {
  const command = program
    .command('extract')
    .description('print the statistics JSON embedded in a report PDF')
    .argument('<pdf>', 'a report PDF made by lsk-report ("-" reads standard input)');
  addCommonOptions(command);
  describeCommand(command, terminal, {
    examples: [
      'lsk-report extract reports/lsk-report_2021-06-01_2021-11-30.pdf',
      'lsk-report extract report.pdf > report.json',
    ],
    exitCodes: [
      { code: 0, meaning: 'done' },
      { code: 2, meaning: 'not a PDF, or a PDF without statistics of lsk-report' },
      BUG_EXIT,
    ],
  });
  command.action(async (path: string, _options: unknown, self: Command) => {
    optionsOf<CommonOptions>(self);
    const name = path === '-' ? 'standard input' : path;
    const bytes = await readInputBytes(path);
    if (!isPdf(bytes)) throw new UserError(`${name}: not a PDF file`);
    const json = statisticsText(bytes, name);
    parseStatisticsJson(json, name); // only a well-formed statistics JSON is printed
    terminal.out(json);
  });
}
