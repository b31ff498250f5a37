/**
 * The main job: `lsk-report --from 2021-06-01 --to 2021-11-30` reads the
 * exports, and writes the PDF report and its statistics JSON.
 */
import { basename, join } from 'node:path';
import { Option, type Command } from 'commander';
import { loadConfig } from '../config/load.js';
import { counted } from '../english.js';
import { UserError } from '../errors.js';
import {
  assertOutputPaths,
  jsonBeside,
  reportFileName,
  writeOutputs,
  type OutputFile,
} from '../output.js';
import { parsePeriod, parsePeriodShortcut, PERIOD_FORMS, type Period } from '../period.js';
import type { ReportJob } from '../pipeline.js';
import { buildReportsOnTerminal } from './build.js';
import { generationDate } from './generation-date.js';
import { addInputOptions, ingestOptionsFrom, type InputOptions } from './inputs.js';
import type { Terminal } from './io.js';

export interface ReportOptions extends InputOptions {
  from?: string;
  to?: string;
  period?: string;
  out?: string;
  json?: string;
  config?: string;
  lang?: string;
  templates?: string;
}

/** Registers the main job as the program's own action. */
export function registerReport(program: Command, terminal: Terminal): void {
  program
    .option('--from <date>', 'first day of the period, YYYY-MM-DD')
    .option('--to <date>', 'last day of the period, YYYY-MM-DD (included)')
    .option('-p, --period <name>', `instead of --from/--to: ${PERIOD_FORMS}`)
    .option('-o, --out <file>', 'the PDF (default: reports/lsk-report_<from>_<to>.pdf)')
    .option('--json <file>', 'the statistics JSON, "-" for stdout (default: beside the PDF)')
    .option('-c, --config <file>', 'config file (default: lsk-report.config.json if present)')
    .addOption(
      new Option('--lang <lang>', "report language (default: the config's lang, lv)").choices([
        'lv',
      ]),
    )
    .option('--templates <dir>', 'narrative templates folder holding <lang>/*.hbs');
  addInputOptions(program).action(async (options: ReportOptions) => {
    await runReport(options, terminal);
  });
}

/** Resolves the period from `--period` or `--from`/`--to` (exit 2 when neither or both). */
export function periodFrom(options: Pick<ReportOptions, 'from' | 'to' | 'period'>): Period {
  const hasDates = options.from !== undefined || options.to !== undefined;
  if (options.period !== undefined && hasDates) {
    throw new UserError('give either --period or --from/--to, not both');
  }
  if (options.period !== undefined) return parsePeriodShortcut(options.period);
  if (options.from === undefined || options.to === undefined) {
    throw new UserError(
      'which period? give --from and --to (e.g. --from 2021-06-01 --to 2021-11-30) or --period 2021H2',
    );
  }
  return parsePeriod(options.from, options.to);
}

/** Runs the main job; errors surface as UserErrors to the top-level handler. */
export async function runReport(
  options: ReportOptions,
  terminal: Terminal,
  cwd: string = process.cwd(),
): Promise<void> {
  const period = periodFrom(options);
  const { config, dir: configDir, path: configPath } = loadConfig(options.config, cwd);
  if (options.lang !== undefined) config.lang = options.lang as typeof config.lang;
  const ingestOptions = await ingestOptionsFrom(options, cwd, config.input);

  const pdfPath = options.out ?? join('reports', reportFileName(period));
  const jsonPath = options.json ?? jsonBeside(pdfPath);
  const jsonToStdout = jsonPath === '-';
  assertOutputPaths(
    [
      pdfPath,
      ...(jsonToStdout ? [] : [jsonPath]),
      ...(options.errorsOut ? [options.errorsOut] : []),
    ],
    // The config and its logos are inputs too: a report must not replace them.
    [...ingestOptions.files, ...(configPath ? [configPath] : []), ...config.logos],
    cwd,
  );

  const job: ReportJob = {
    targets: [{ period, pdfPath, jsonPath: jsonToStdout ? null : jsonPath }],
    ingest: ingestOptions,
    skipInvalid: options.skipInvalid === true,
    config,
    configDir,
    templatesDir: options.templates,
    generatedOn: generationDate(),
  };
  const progress = (text: string) => {
    if (!options.quiet) terminal.err(text);
  };
  progress(`Reading ${counted(ingestOptions.files.length, 'file')}…\n`);

  const result = await buildReportsOnTerminal(job, terminal, options);

  const [report] = result.reports;
  if (report === undefined) return;
  const files: OutputFile[] = [{ path: pdfPath, data: report.pdf! }];
  if (!jsonToStdout) files.push({ path: jsonPath, data: report.json });
  await writeOutputs(files);
  if (jsonToStdout) terminal.out(report.json);

  const stats = report.statistics;
  const quality = stats.dataQuality;
  const warnings = quality.warnings.reduce((sum, w) => sum + w.count, 0);
  progress(
    `${period.from} … ${period.to}: ${counted(stats.clients.unique, 'client')}, ` +
      counted(stats.contacts.total, 'contact') +
      (quality.rowsInvalid.total > 0
        ? `, ${counted(quality.rowsInvalid.total, 'invalid row')} left out`
        : '') +
      (warnings > 0 ? `, ${counted(warnings, 'warning')} (see "lsk-report validate")` : '') +
      ` → ${pdfPath}${jsonToStdout ? '' : ` + ${basename(jsonPath)}`}\n`,
  );
}
