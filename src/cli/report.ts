/**
 * The main job: `lsk-report --from 2021-06-01 --to 2021-11-30 exports/*.csv`
 * reads the exports, and writes the PDF report and its statistics JSON. It is
 * the program's own action and also the command `report`.
 */
import { statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { Option, type Command } from 'commander';
import { distance } from 'fastest-levenshtein';
import { counted } from '../english.js';
import { UserError } from '../errors.js';
import {
  jsonBeside,
  outputPathFor,
  reportFileName,
  STDOUT,
  writeOutputs,
  type OutputFile,
} from '../output.js';
import {
  assertEarlier,
  parseCompareRange,
  parsePeriod,
  parsePeriodName,
  PERIOD_FORMS,
  type NamedPeriods,
  type Period,
} from '../period.js';
import { buildReportsOnTerminal } from './build.js';
import {
  addCommonOptions,
  describeCommand,
  optionsOf,
  REPORT_EXIT_CODES,
  type ExitCodeHelp,
} from './common.js';
import { addInputOptions } from './inputs.js';
import type { Terminal } from './io.js';
import { addJobOptions, loadJobConfig, prepareJob, type JobOptions } from './job.js';
import { configNotesFile, readNotes } from './notes.js';

export interface ReportOptions extends JobOptions {
  from?: string;
  to?: string;
  period?: string;
  compare?: string;
  notes?: string;
  out?: string;
  json?: string;
}

export const REPORT_EXAMPLES = [
  'lsk-report --from 2021-06-01 --to 2021-11-30 exports/*.csv',
  'lsk-report --period 2021H2 --compare 2020-06-01..2020-11-30 -c lsk-report.config.json -o reports/',
  'lsk-report --period 2021-2 exports/*.csv --json - > 2021-2.json',
];

/** Adds the main job's options and action to `command` (the program, and `report`). */
export function addReportCommand(
  command: Command,
  terminal: Terminal,
  commandNames: string[],
  help: { examples: string[]; exitCodes: ExitCodeHelp[] } = {
    examples: REPORT_EXAMPLES,
    exitCodes: REPORT_EXIT_CODES,
  },
): void {
  command
    .option('--from <date>', 'first day of the period, YYYY-MM-DD')
    .option('--to <date>', 'last day of the period, YYYY-MM-DD (included)')
    .option(
      '-p, --period <name>',
      `instead of --from/--to: a period the config names, or ${PERIOD_FORMS}`,
    )
    .option(
      '--compare <range>',
      'the earlier period to compare with: FROM..TO (e.g. 2020-12-01..2021-05-31) or a period name (default: the one just before, of the same length)',
    )
    .option(
      '--notes <file>',
      "the coordinator's notes: a Markdown file whose headings name the report's sections (see README)",
    )
    .option(
      '-o, --out <file>',
      'the PDF, or a folder for it (default: reports/lsk-report_<from>_<to>.pdf)',
    )
    .option('--json <file>', 'the statistics JSON, "-" for stdout (default: beside the PDF)')
    .addOption(
      new Option('--lang <lang>', "report language (default: the config's lang, lv)").choices([
        'lv',
      ]),
    );
  addJobOptions(command);
  addInputOptions(command);
  addCommonOptions(command);
  describeCommand(command, terminal, help);
  command.action(async (files: string[], _options: unknown, self: Command) => {
    assertNotAMisspeltCommand(files, commandNames);
    await runReport({ ...optionsOf<ReportOptions>(self), files }, terminal);
  });
}

/**
 * `lsk-report valdiate` would otherwise read "valdiate" as an input file: a
 * first argument that is no file and looks like a command's name is taken for
 * a misspelt command.
 */
function assertNotAMisspeltCommand(files: string[], commandNames: string[]): void {
  const [first] = files;
  if (first === undefined || /[./\\*?]/.test(first)) return;
  if (statSync(first, { throwIfNoEntry: false }) !== undefined) return;
  const [closest] = [...commandNames].sort(
    (a, b) => distance(first, a) - distance(first, b) || (a < b ? -1 : 1),
  );
  const hint =
    closest !== undefined && distance(first, closest) <= Math.max(2, closest.length / 3)
      ? ` (did you mean ${closest}?)`
      : '';
  throw new UserError(
    `unknown command "${first}"${hint}: the commands are ${commandNames.join(', ')}, ` +
      `and no input file has that name`,
  );
}

/**
 * Resolves the period from `--period` or `--from`/`--to` (exit 2 when neither,
 * both, or only one of the two dates is given).
 */
export function periodFrom(
  options: Pick<ReportOptions, 'from' | 'to' | 'period'>,
  named: NamedPeriods = {},
): Period {
  const hasDates = options.from !== undefined || options.to !== undefined;
  if (options.period !== undefined && hasDates) {
    throw new UserError('give either --period or --from/--to, not both');
  }
  if (options.period !== undefined) return parsePeriodName(options.period, named);
  if (options.from !== undefined && options.to === undefined) {
    throw new UserError(
      `--to is missing: give the period's last day too, e.g. --from ${options.from} --to 2021-11-30`,
    );
  }
  if (options.to !== undefined && options.from === undefined) {
    throw new UserError(
      `--from is missing: give the period's first day too, e.g. --from 2021-06-01 --to ${options.to}`,
    );
  }
  if (options.from === undefined || options.to === undefined) {
    throw new UserError(
      'which period? give --from and --to (e.g. --from 2021-06-01 --to 2021-11-30) or --period 2021H2',
    );
  }
  return parsePeriod(options.from, options.to);
}

/** The period of `--compare`, checked to end before `period`; undefined when not given. */
export function compareFrom(
  text: string | undefined,
  period: Period,
  named: NamedPeriods = {},
): Period | undefined {
  if (text === undefined) return undefined;
  const compare = parseCompareRange(text, named);
  assertEarlier(compare, period);
  return compare;
}

/** Runs the main job; errors surface as UserErrors to the top-level handler. */
export async function runReport(
  options: ReportOptions,
  terminal: Terminal,
  cwd: string = process.cwd(),
): Promise<void> {
  const loaded = loadJobConfig(options, cwd);
  const period = periodFrom(options, loaded.config.periods);
  const compare = compareFrom(options.compare, period, loaded.config.periods);
  const pdfPath = options.out
    ? outputPathFor(options.out, reportFileName(period), cwd)
    : join('reports', reportFileName(period));
  // A PDF on stdout has no "beside": its JSON is written only where --json says.
  const jsonPath = options.json
    ? outputPathFor(options.json, jsonBeside(reportFileName(period)), cwd)
    : pdfPath === STDOUT
      ? null
      : jsonBeside(pdfPath);
  // --notes, else the notes of the config's named period with these dates.
  const notesFile = options.notes ?? configNotesFile(loaded.config, period);
  const notes = notesFile !== undefined ? readNotes(notesFile, cwd, loaded.config) : undefined;
  const job = await prepareJob(
    options,
    loaded,
    [{ period, pdfPath, jsonPath, ...(compare ? { compare } : {}), ...(notes ? { notes } : {}) }],
    cwd,
    { moreInputs: notesFile !== undefined ? [notesFile] : [] },
  );
  const progress = (text: string) => {
    if (!options.quiet) terminal.err(text);
  };
  progress(`Reading ${counted(job.ingest.files.length, 'file')}…\n`);

  const result = await buildReportsOnTerminal(job, terminal, options);

  const [report] = result.reports;
  if (report === undefined) return;
  const files: OutputFile[] = [{ path: pdfPath, data: report.pdf! }];
  if (jsonPath !== null) files.push({ path: jsonPath, data: report.json });
  await writeOutputs(files, (data) => terminal.out(data));

  const stats = report.statistics;
  const quality = stats.dataQuality;
  // The warnings validate lists; a partly covered period was warned about above.
  const warnings = result.warnings.length;
  progress(
    `${period.from} … ${period.to}: ${counted(stats.clients.unique, 'client')}, ` +
      counted(stats.contacts.total, 'contact') +
      (quality.rowsInvalid.total > 0
        ? `, ${counted(quality.rowsInvalid.total, 'invalid row')} left out`
        : '') +
      (warnings > 0 ? `, ${counted(warnings, 'warning')} (see "lsk-report validate")` : '') +
      ` → ${shownOutputs(pdfPath, jsonPath)}\n`,
  );
}

/** The files written, as they can be opened from the working directory; `standard output` for `-`. */
function shownOutputs(pdfPath: string, jsonPath: string | null): string {
  const shown = (path: string) => (path === STDOUT ? 'standard output' : normalize(path));
  return jsonPath === null ? shown(pdfPath) : `${shown(pdfPath)}, ${shown(jsonPath)}`;
}
