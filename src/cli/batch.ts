/**
 * `lsk-report batch --periods periods.json [--check]`: reads the exports once
 * and (re)generates the report of every listed period; with `--check`, only
 * compares what it would write with the files on disk (exit 1 when stale).
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Command } from 'commander';
import { parsePeriodsFile } from '../batch/periods.js';
import { loadConfig } from '../config/load.js';
import { counted, forCount } from '../english.js';
import { EXIT, UserError } from '../errors.js';
import { assertOutputPaths, writeOutputs, type OutputFile } from '../output.js';
import { buildReportsOnTerminal } from './build.js';
import { generationDate } from './generation-date.js';
import { addInputOptions, ingestOptionsFrom, type InputOptions } from './inputs.js';
import type { Terminal } from './io.js';

interface BatchOptions extends InputOptions {
  periods: string;
  check?: boolean;
  config?: string;
  templates?: string;
}

/** Registers `batch`. */
export function registerBatch(program: Command, terminal: Terminal): void {
  const command = program
    .command('batch')
    .description('regenerate the reports of many periods from one read of the exports')
    .requiredOption('--periods <file>', 'JSON file listing the periods (see README)')
    .option('--check', 'write nothing; exit 1 if any report on disk is missing or stale')
    .option('-c, --config <file>', 'config file (default: lsk-report.config.json if present)')
    .option('--templates <dir>', 'narrative templates folder holding <lang>/*.hbs');
  addInputOptions(command).action(async (options: BatchOptions) => {
    process.exitCode = await runBatch(options, terminal);
  });
}

/** Runs the batch; returns the exit code. */
export async function runBatch(
  options: BatchOptions,
  terminal: Terminal,
  cwd: string = process.cwd(),
): Promise<number> {
  const periodsText = await readFile(options.periods, 'utf8').catch(() => {
    throw new UserError(`cannot read --periods ${options.periods}`);
  });
  const entries = parsePeriodsFile(periodsText, options.periods, cwd);
  const { config, dir: configDir, path: configPath } = loadConfig(options.config, cwd);
  const ingestOptions = await ingestOptionsFrom(options, cwd, config.input);
  assertOutputPaths(
    [
      ...entries.flatMap((entry) => [entry.pdfPath, entry.jsonPath]),
      ...(options.errorsOut ? [options.errorsOut] : []),
    ],
    // The periods file, the config and its logos are inputs too.
    [...ingestOptions.files, options.periods, ...(configPath ? [configPath] : []), ...config.logos],
    cwd,
  );
  const fixedDate = Boolean(process.env.SOURCE_DATE_EPOCH?.trim());
  const say = (text: string) => {
    if (!options.quiet) terminal.err(text);
  };
  say(
    `Reading ${counted(ingestOptions.files.length, 'file')} for ${counted(entries.length, 'period')}…\n`,
  );

  const result = await buildReportsOnTerminal(
    {
      targets: entries,
      ingest: ingestOptions,
      skipInvalid: options.skipInvalid === true,
      config,
      configDir,
      templatesDir: options.templates,
      generatedOn: generationDate(),
      // Without a fixed date a PDF can never match the one on disk, so --check compares JSON only.
      renderPdf: !(options.check && !fixedDate),
    },
    terminal,
    options,
  );

  const outputs: OutputFile[] = result.reports.flatMap((report) => [
    ...(report.pdf ? [{ path: report.target.pdfPath!, data: report.pdf }] : []),
    { path: report.target.jsonPath!, data: report.json },
  ]);
  const show = (path: string) => relative(cwd, path) || path;

  if (!options.check) {
    await writeOutputs(outputs);
    for (const report of result.reports) {
      say(
        `${report.target.period.from} … ${report.target.period.to} → ${show(report.target.pdfPath!)}\n`,
      );
    }
    return EXIT.ok;
  }

  const stale: string[] = [];
  for (const output of outputs) {
    const onDisk = await readFile(output.path).catch(() => null);
    const fresh = Buffer.from(output.data);
    if (onDisk === null) stale.push(`${show(output.path)}: missing`);
    else if (!onDisk.equals(fresh)) stale.push(`${show(output.path)}: stale`);
  }
  if (!fixedDate) {
    say(
      'PDFs not compared: set SOURCE_DATE_EPOCH to the date they were made with to compare them too.\n',
    );
  }
  for (const line of stale) terminal.err(`${line}\n`);
  say(
    stale.length === 0
      ? `${forCount(outputs.length, 'The file is', `All ${outputs.length} files are`)} up to date.\n`
      : `${stale.length} of ${counted(outputs.length, 'file')} ${forCount(stale.length, 'needs', 'need')} ` +
          'regenerating: run the same command without --check.\n',
  );
  return stale.length === 0 ? EXIT.ok : EXIT.invalidData;
}
