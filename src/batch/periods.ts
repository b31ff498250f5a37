import { basename, dirname, join, resolve } from 'node:path';
import { z } from '../zod.js';
import { EXIT, UserError } from '../errors.js';
import { jsonBeside, outputPathFor, reportFileName } from '../output.js';
import { parseJsonText, pathFromJson } from '../json.js';
import {
  assertEarlier,
  parseCompareRange,
  parsePeriod,
  parsePeriodName,
  type NamedPeriods,
  type Period,
} from '../period.js';
import { formatZodIssues } from '../zod-issues.js';

/**
 * `periods.json` for `lsk-report batch`: the reports to (re)generate. Each
 * entry names its period by name (one the config names, or a shortcut such as
 * `2021H2`) or by `from`/`to`, and may name its outputs; relative paths are
 * taken from the file's directory.
 */
const entrySchema = z.strictObject({
  period: z
    .string()
    .optional()
    .describe(
      'a period the config names (e.g. 2021-2), or a shortcut: 2021, 2021H2, 2021-Q4, 2021-10',
    ),
  from: z.string().optional().describe('first day, YYYY-MM-DD (with "to", instead of "period")'),
  to: z.string().optional().describe('last day, YYYY-MM-DD'),
  out: z
    .string()
    .min(1)
    .optional()
    .describe('the PDF (default: <outDir>/lsk-report_<from>_<to>.pdf)'),
  json: z.string().min(1).optional().describe('the statistics JSON (default: beside the PDF)'),
  notes: z
    .string()
    .min(1)
    .optional()
    .describe(
      "the coordinator's notes for this period: a Markdown file (default: the config's named period of the same dates may name one)",
    ),
  compare: z
    .string()
    .optional()
    .describe(
      "the earlier period to compare with: FROM..TO (e.g. 2020-12-01..2021-05-31) or a period name (default: the config's compare, else the one just before, of the same length)",
    ),
});

export const periodsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  config: z
    .string()
    .min(1)
    .optional()
    .describe('the config file to use unless --config is given (relative to this file)'),
  outDir: z
    .string()
    .min(1)
    .default('reports')
    .describe('where reports go unless an entry names them'),
  periods: z.array(entrySchema).min(1),
});

/** A period of the batch with its resolved output paths. */
export interface BatchEntry {
  period: Period;
  pdfPath: string;
  jsonPath: string;
  /** The entry's `compare`, when it names one. */
  compare?: Period;
  /** The entry's notes file, absolute, when it names one. */
  notesFile?: string;
}

/** A checked `periods.json`: its folder, the config it names, and its entries. */
export interface PeriodsFile {
  fileName: string;
  /** The file's folder, absolute: relative paths in it are taken from there. */
  dir: string;
  /** The config file it names, absolute; null when it names none. */
  config: string | null;
  data: z.infer<typeof periodsFileSchema>;
}

/** Reads and checks `periods.json` text (exit 2 naming every bad key). */
export function parsePeriodsFile(text: string, fileName: string, cwd: string): PeriodsFile {
  const data = parseJsonText(text, fileName);
  const parsed = periodsFileSchema.safeParse(data);
  if (!parsed.success) {
    const lines = formatZodIssues(parsed.error.issues, data, periodsFileSchema, fileName);
    throw new UserError(lines.join('\n'), EXIT.usage);
  }
  const dir = dirname(resolve(cwd, fileName));
  const config =
    parsed.data.config !== undefined ? resolve(dir, pathFromJson(parsed.data.config)) : null;
  return { fileName, dir, config, data: parsed.data };
}

/** The file's periods with their output paths; `named` are the config's named periods. */
export function batchEntries(file: PeriodsFile, named: NamedPeriods = {}): BatchEntry[] {
  const { fileName, dir: base } = file;
  const outDir = resolve(base, pathFromJson(file.data.outDir));
  return file.data.periods.map((entry, index) => {
    const period = entryPeriod(entry, `${fileName}: periods[${index}]`, named);
    // A folder (existing, or written with a final slash) gets the default name inside it, as with -o.
    const pdfPath = entry.out
      ? resolve(base, outputPathFor(pathFromJson(entry.out), reportFileName(period), base))
      : join(outDir, reportFileName(period));
    const jsonPath = entry.json
      ? resolve(base, outputPathFor(pathFromJson(entry.json), basename(jsonBeside(pdfPath)), base))
      : jsonBeside(pdfPath);
    const compare = entryCompare(entry, period, `${fileName}: periods[${index}].compare`, named);
    return {
      period,
      pdfPath,
      jsonPath,
      ...(compare ? { compare } : {}),
      ...(entry.notes !== undefined ? { notesFile: resolve(base, pathFromJson(entry.notes)) } : {}),
    };
  });
}

function entryPeriod(
  entry: z.infer<typeof entrySchema>,
  where: string,
  named: NamedPeriods,
): Period {
  try {
    if (entry.period !== undefined && entry.from === undefined && entry.to === undefined) {
      return parsePeriodName(entry.period, named);
    }
    if (entry.period === undefined && entry.from !== undefined && entry.to !== undefined) {
      return parsePeriod(entry.from, entry.to);
    }
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`${where}: ${error.message}`);
    throw error;
  }
  throw new UserError(`${where}: give either "period" (e.g. "2021H2") or both "from" and "to"`);
}

function entryCompare(
  entry: z.infer<typeof entrySchema>,
  period: Period,
  where: string,
  named: NamedPeriods,
): Period | undefined {
  if (entry.compare === undefined) return undefined;
  const compare = parseCompareRange(entry.compare, named, where);
  assertEarlier(compare, period, where);
  return compare;
}
