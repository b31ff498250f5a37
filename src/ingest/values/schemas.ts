/**
 * One zod schema per column, each wrapping that column's value parser, and
 * the one function that turns zod issues into the project's problem shape.
 */
import { z } from '../../zod.js';
import type { RowProblem } from '../../errors.js';
import type { ColumnName } from '../columns.js';
import { parseCitizenship } from './countries.js';
import {
  parseArrival,
  parseClosureReason,
  parseGender,
  parseLegalStatus,
  parseService,
  parseStaffRole,
} from './coded.js';
import { parseBirthDate, parseContactDate, parseOptionalDate } from './dates.js';
import { parseDuration } from './duration.js';
import { parseClientId, parseOptionalId } from './ids.js';
import { parseLocation } from './location.js';
import type { Parsed } from './result.js';

/** A string schema whose transform is `parse`; a rejection becomes a custom issue carrying its reason. */
export function schemaOf<T>(parse: (raw: string) => Parsed<T>) {
  return z.string().transform((raw, ctx): T => {
    const parsed = parse(raw);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: 'custom', message: parsed.message, params: { reason: parsed.reason } });
    return z.NEVER;
  });
}

/** The plain parser of every column (the schemas below wrap them). */
export const COLUMN_PARSERS = {
  date: parseContactDate,
  client_id: parseClientId,
  family_id: parseOptionalId,
  gender: parseGender,
  birth_date: parseBirthDate,
  citizenship: parseCitizenship,
  legal_status: parseLegalStatus,
  arrival: parseArrival,
  arrival_date: parseOptionalDate,
  status_date: parseOptionalDate,
  location: parseLocation,
  staff_id: parseOptionalId,
  staff_role: parseStaffRole,
  service: parseService,
  case_closed_reason: parseClosureReason,
  duration_min: parseDuration,
  contact_id: parseOptionalId,
} satisfies Record<ColumnName, (raw: string) => Parsed<unknown>>;

type Parsers = typeof COLUMN_PARSERS;
/** The parsed value type of each column. */
export type ColumnValues = {
  [C in ColumnName]: Parsers[C] extends (raw: string) => Parsed<infer T> ? T : never;
};

/** The zod schema of every column. */
export const COLUMN_SCHEMAS = {
  date: schemaOf(parseContactDate),
  client_id: schemaOf(parseClientId),
  family_id: schemaOf(parseOptionalId),
  gender: schemaOf(parseGender),
  birth_date: schemaOf(parseBirthDate),
  citizenship: schemaOf(parseCitizenship),
  legal_status: schemaOf(parseLegalStatus),
  arrival: schemaOf(parseArrival),
  arrival_date: schemaOf(parseOptionalDate),
  status_date: schemaOf(parseOptionalDate),
  location: schemaOf(parseLocation),
  staff_id: schemaOf(parseOptionalId),
  staff_role: schemaOf(parseStaffRole),
  service: schemaOf(parseService),
  case_closed_reason: schemaOf(parseClosureReason),
  duration_min: schemaOf(parseDuration),
  contact_id: schemaOf(parseOptionalId),
} satisfies { [C in ColumnName]: z.ZodType<ColumnValues[C], string> };

/**
 * Zod issues → row problems. The column is the issue's path head, else
 * `column`. Only our own messages are used: zod's defaults and `input` could
 * carry the raw value, which for id and free-text columns must never be shown.
 */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  at: { file: string; line: number; column?: ColumnName },
): RowProblem[] {
  return issues.map((issue) => {
    const column = typeof issue.path[0] === 'string' ? issue.path[0] : (at.column ?? 'row');
    const reason: unknown = issue.code === 'custom' ? issue.params?.['reason'] : undefined;
    return typeof reason === 'string'
      ? { file: at.file, line: at.line, column, reason, message: issue.message }
      : {
          file: at.file,
          line: at.line,
          column,
          reason: `${column}.invalid`,
          message: 'invalid value',
        };
  });
}
