/**
 * `lsk-report diff A B [C …]`: the figures of two or more periods side by
 * side, a column per period (statistics JSON files, report PDFs, or `-` for
 * standard input); exit 1 when a figure differs.
 */
import { extname } from 'node:path';
import { Option, type Command } from 'commander';
import { loadConfig } from '../config/load.js';
import {
  DIFF_FORMATS,
  DIFF_LOCALES,
  formatDiff,
  type DiffFormat,
  type DiffLocale,
} from '../diff/format.js';
import { checkFamilies, DIFF_SORTS, diffTable, FAMILIES, type DiffSort } from '../diff/table.js';
import { counted, forCount } from '../english.js';
import { EXIT, UserError } from '../errors.js';
import { assertOutputPaths, outputPathFor, STDOUT, writeOutputs } from '../output.js';
import type { NamedPeriods } from '../period.js';
import {
  addCommonOptions,
  BUG_EXIT,
  describeCommand,
  optionsOf,
  type CommonOptions,
} from './common.js';
import { generationDate } from './generation-date.js';
import type { Terminal } from './io.js';
import { readStatisticsFile } from './statistics-file.js';

interface DiffOptions extends CommonOptions {
  format?: DiffFormat;
  locale?: DiffLocale;
  out?: string;
  all?: boolean;
  only?: string[];
  sort: DiffSort;
}

/** The file name of each format, for `-o` naming a folder and for guessing the format from `-o`. */
const EXTENSIONS: Record<DiffFormat, string> = {
  table: '.txt',
  markdown: '.md',
  csv: '.csv',
  json: '.json',
  xlsx: '.xlsx',
};

/** Registers `diff`. */
export function registerDiff(program: Command, terminal: Terminal): void {
  const command = program
    .command('diff')
    .description('compare the figures of two or more periods, a column per period')
    .argument(
      '<files...>',
      'statistics JSON files or report PDFs, earliest first ("-" reads one from stdin)',
    )
    .option('--all', 'also provenance (input files, digests, eligibility examples) and comparison')
    .option(
      '--only <families>',
      `only these families of figures, comma-separated (${FAMILIES.join(', ')})`,
      (value: string, previous: string[] = []) => [
        ...previous,
        ...value.split(',').map((part) => part.trim()),
      ],
    )
    .addOption(
      new Option('--sort <order>', "figure: in the JSON's order; change: largest change first")
        .choices(DIFF_SORTS)
        .default('figure'),
    )
    .addOption(
      new Option(
        '--format <format>',
        "output format (default: from -o's extension, else table)",
      ).choices(DIFF_FORMATS),
    )
    .addOption(
      new Option(
        '--locale <locale>',
        'numbers in csv: lv for Latvian Excel (";", decimal comma, BOM)',
      ).choices(DIFF_LOCALES),
    )
    .option('-o, --out <file>', 'write to this file (default: stdout; "-" is stdout)');
  addCommonOptions(command);
  describeCommand(command, terminal, {
    examples: [
      'lsk-report diff 2021H1.json 2021H2.json --sort change',
      'lsk-report diff 2020H2.pdf 2021H1.pdf 2021H2.pdf -o compare.xlsx',
      'lsk-report diff a.json b.json --only countries,services --format csv --locale lv -o d.csv',
    ],
    exitCodes: [
      { code: 0, meaning: 'no figure differs (of those shown: --only and --all choose)' },
      { code: 1, meaning: 'a figure differs between any two of the files' },
      { code: 2, meaning: 'usage error, or a file that is not statistics of lsk-report' },
      BUG_EXIT,
    ],
  });
  command.action(async (files: string[], _options: unknown, self: Command) => {
    process.exitCode = await runDiff(files, optionsOf<DiffOptions>(self), terminal);
  });
}

/** Runs the comparison and writes it; returns the exit code. */
export async function runDiff(
  files: string[],
  options: DiffOptions,
  terminal: Terminal,
  cwd: string = process.cwd(),
): Promise<number> {
  if (files.length < 2) {
    throw new UserError(
      'diff needs two or more files to compare (e.g. lsk-report diff a.json b.json)',
    );
  }
  if (files.filter((file) => file === STDOUT).length > 1) {
    throw new UserError('only one of the files can be read from standard input ("-")');
  }
  const format = options.format ?? formatOfName(options.out) ?? 'table';
  if (options.locale !== undefined && format !== 'csv') {
    throw new UserError(`--locale sets the numbers of --format csv, not of ${format}`);
  }
  const out =
    options.out === undefined
      ? STDOUT
      : outputPathFor(options.out, `lsk-report-diff${EXTENSIONS[format]}`, cwd);
  if (format === 'xlsx' && options.out === undefined) {
    throw new UserError(
      '--format xlsx writes a workbook: name its file with -o (e.g. -o compare.xlsx), or -o - for stdout',
    );
  }
  assertOutputPaths(
    [out],
    files.filter((file) => file !== STDOUT),
    cwd,
  );
  if (options.only !== undefined) checkFamilies(options.only); // before any file is read
  const selection = { all: options.all, only: options.only, sort: options.sort };
  const statistics = await Promise.all(files.map(readStatisticsFile));
  const table = diffTable(
    statistics.map((stats, index) => ({ statistics: stats, file: files[index]! })),
    selection,
    namedPeriods(options.config, cwd),
  );
  const data =
    format === 'xlsx'
      ? await (await import('../diff/xlsx.js')).diffWorkbook(table, generationDate())
      : formatDiff(table, format, options.locale);
  await writeOutputs([{ path: out, data }], (bytes) => terminal.out(bytes));
  const n = table.rows.length;
  if (out !== STDOUT && !options.quiet) {
    terminal.err(
      `${n === 0 ? 'No figure differs' : `${counted(n, 'figure')} ${forCount(n, 'differs', 'differ')}`} → ${out}\n`,
    );
  }
  return n === 0 ? EXIT.ok : EXIT.invalidData;
}

/** The format an output file's extension names (`compare.xlsx`), if any. */
function formatOfName(path: string | undefined): DiffFormat | undefined {
  if (path === undefined || path === STDOUT) return undefined;
  const extension = extname(path).toLowerCase();
  const found = Object.entries(EXTENSIONS).find(
    ([format, ext]) => ext === extension && format !== 'table',
  );
  return found?.[0] as DiffFormat | undefined;
}

/**
 * The periods the config names, to head their columns (`2021-2`). A config
 * named with -c must load; the one in the working directory is used when it
 * loads, and otherwise left alone: comparing files does not need it.
 */
function namedPeriods(config: string | undefined, cwd: string): NamedPeriods {
  try {
    return loadConfig(config, cwd).config.periods;
  } catch (error) {
    if (config !== undefined) throw error;
    return {};
  }
}
