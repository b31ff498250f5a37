import { dirname, join, resolve } from 'node:path';
import { z } from '../zod.js';
import { EXIT, UserError } from '../errors.js';
import { jsonBeside, reportFileName } from '../output.js';
import { parseJsonText } from '../json.js';
import { parsePeriod, parsePeriodShortcut, type Period } from '../period.js';
import { formatZodIssues } from '../zod-issues.js';

/**
 * `periods.json` for `lsk-report batch`: the reports to (re)generate. Each
 * entry names its period by a shortcut (`2021H2`) or by `from`/`to`, and may
 * name its outputs; relative paths are taken from the file's directory.
 */
const entrySchema = z.strictObject({
  period: z.string().optional().describe('a shortcut: 2021, 2021H2, 2021-Q4 or 2021-10'),
  from: z.string().optional().describe('first day, YYYY-MM-DD (with "to", instead of "period")'),
  to: z.string().optional().describe('last day, YYYY-MM-DD'),
  out: z
    .string()
    .min(1)
    .optional()
    .describe('the PDF (default: <outDir>/lsk-report_<from>_<to>.pdf)'),
  json: z.string().min(1).optional().describe('the statistics JSON (default: beside the PDF)'),
});

export const periodsFileSchema = z.strictObject({
  $schema: z.string().optional(),
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
}

/** Reads and checks `periods.json` text; every bad entry is named (exit 2). */
export function parsePeriodsFile(text: string, fileName: string, cwd: string): BatchEntry[] {
  const data = parseJsonText(text, fileName);
  const parsed = periodsFileSchema.safeParse(data);
  if (!parsed.success) {
    const lines = formatZodIssues(parsed.error.issues, data, periodsFileSchema, fileName);
    throw new UserError(lines.join('\n'), EXIT.usage);
  }
  const base = dirname(resolve(cwd, fileName));
  const outDir = resolve(base, parsed.data.outDir);
  return parsed.data.periods.map((entry, index) => {
    const period = entryPeriod(entry, `${fileName}: periods[${index}]`);
    const pdfPath = entry.out ? resolve(base, entry.out) : join(outDir, reportFileName(period));
    const jsonPath = entry.json ? resolve(base, entry.json) : jsonBeside(pdfPath);
    return { period, pdfPath, jsonPath };
  });
}

function entryPeriod(entry: z.infer<typeof entrySchema>, where: string): Period {
  try {
    if (entry.period !== undefined && entry.from === undefined && entry.to === undefined) {
      return parsePeriodShortcut(entry.period);
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
