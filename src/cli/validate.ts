/**
 * `lsk-report validate`: reads the exports and says, before a deadline, what
 * is in them and what must be fixed. Writes no report; its own report goes to
 * stdout (`validate > check.txt`). Exit 1 when a row is invalid (0 with
 * --skip-invalid, which still shows the count), 0 otherwise.
 */
import type { Command } from 'commander';
import { loadConfig } from '../config/load.js';
import { counted, forCount, grouped } from '../english.js';
import { EXIT } from '../errors.js';
import { encodingName } from '../ingest/decode.js';
import { delimiterName } from '../ingest/delimiter.js';
import { ingest } from '../ingest/index.js';
import type { IngestResult, IngestWarning } from '../ingest/types.js';
import {
  addCommonOptions,
  describeCommand,
  optionsOf,
  REPORT_EXIT_CODES,
  type CommonOptions,
} from './common.js';
import {
  addInputOptions,
  configInputOf,
  ingestOptionsFrom,
  printProblems,
  type InputOptions,
} from './inputs.js';
import { visibleControls, type Terminal } from './io.js';

type ValidateOptions = InputOptions & CommonOptions;

/** How many messages of each warning type the summary shows. */
const WARNINGS_SHOWN = 3;

/** Registers `validate`. */
export function registerValidate(program: Command, terminal: Terminal): void {
  const command = program
    .command('validate')
    .description('check the exports and summarise them on stdout; writes no report');
  addInputOptions(command);
  addCommonOptions(command);
  describeCommand(command, terminal, {
    examples: [
      'lsk-report validate exports/*.csv',
      'lsk-report validate -c lsk-report.config.json > check.txt',
      'lsk-report validate exports/*.csv --errors-out problems.txt',
    ],
    exitCodes: [
      { code: 0, meaning: 'every row is valid (or --skip-invalid)' },
      ...REPORT_EXIT_CODES.slice(1),
    ],
  });
  command.action(async (files: string[], _options: unknown, self: Command) => {
    process.exitCode = await validate({ ...optionsOf<ValidateOptions>(self), files }, terminal);
  });
}

/** Runs the checks and prints the summary; returns the exit code. */
export async function validate(
  options: ValidateOptions,
  terminal: Terminal,
  cwd: string = process.cwd(),
): Promise<number> {
  const loaded = loadConfig(options.config, cwd);
  const namesBase = loaded.path !== null ? loaded.dir : cwd;
  const ingestOptions = await ingestOptionsFrom(
    options,
    cwd,
    configInputOf(loaded, cwd),
    namesBase,
  );
  const result = await ingest(ingestOptions, () => {});
  // A report for people, though on stdout: file names in it must not drive the terminal.
  if (!options.quiet) terminal.out(visibleControls(summary(result)));
  await printProblems(terminal, result.problems, options.errorsOut, {
    warnings: result.warnings,
    toStdout: true,
  });
  const invalid = result.dataQuality.rowsInvalid.total;
  if (!options.quiet) terminal.out(`${verdict(invalid, options.skipInvalid === true)}\n`);
  return invalid > 0 && !options.skipInvalid ? EXIT.invalidData : EXIT.ok;
}

function verdict(invalid: number, skipInvalid: boolean): string {
  if (invalid === 0) return 'OK: every row is valid.';
  const rows = counted(invalid, 'invalid row');
  const them = forCount(invalid, 'it', 'them');
  return skipInvalid
    ? `${rows} will be left out of the report (--skip-invalid); the annex counts ${them}.`
    : `${rows}: fix ${them}, or run with --skip-invalid to leave ${them} out.`;
}

/** The summary a person can act on: files, rows, clients, dates, warnings. */
export function summary(result: IngestResult): string {
  const quality = result.dataQuality;
  const lines: string[] = ['Files:'];
  const width = Math.max(...result.files.map((file) => file.name.length), 0);
  for (const file of result.files) {
    lines.push(
      `  ${file.name.padEnd(width)}  ${encodingName(file.encoding)}, delimiter ${delimiterName(file.delimiter)}, ` +
        counted(file.rows, 'row'),
    );
  }
  lines.push(
    `Rows: ${grouped(quality.rowsRead)} read, ${grouped(quality.rowsValid)} valid, ` +
      `${grouped(quality.rowsInvalid.total)} invalid, ` +
      `${counted(quality.duplicatesRemoved, 'duplicate')} removed`,
  );
  for (const { reason, count } of quality.rowsInvalid.byReason) {
    lines.push(`  ${reason}: ${grouped(count)}`);
  }
  lines.push(`Clients: ${grouped(result.clients.size)}`);
  lines.push(
    result.dateRange === null
      ? 'Dates: no valid contact'
      : `Dates: ${result.dateRange.first} to ${result.dateRange.last}`,
  );
  if (result.warnings.length > 0) lines.push('Warnings:', ...warningLines(result.warnings));
  return `${lines.join('\n')}\n`;
}

function warningLines(warnings: readonly IngestWarning[]): string[] {
  const byType = new Map<string, string[]>();
  for (const warning of warnings) {
    const messages = byType.get(warning.type);
    if (messages === undefined) byType.set(warning.type, [warning.message]);
    else messages.push(warning.message);
  }
  const lines: string[] = [];
  for (const type of [...byType.keys()].sort()) {
    const messages = byType.get(type)!;
    lines.push(`  ${type} (${grouped(messages.length)}):`);
    for (const message of messages.slice(0, WARNINGS_SHOWN)) lines.push(`    ${message}`);
    if (messages.length > WARNINGS_SHOWN) {
      lines.push(`    … and ${grouped(messages.length - WARNINGS_SHOWN)} more`);
    }
  }
  return lines;
}
