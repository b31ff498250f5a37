/** The value parser of every column: each column's rules, in one list. */
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
import { optionalId, parseClientId } from './ids.js';
import { parseLocation } from './location.js';
import type { Parsed } from './result.js';

/** The parser of every column. */
export const COLUMN_PARSERS = {
  date: parseContactDate,
  client_id: parseClientId,
  family_id: optionalId('family_id'),
  gender: parseGender,
  birth_date: parseBirthDate,
  citizenship: parseCitizenship,
  legal_status: parseLegalStatus,
  arrival: parseArrival,
  arrival_date: parseOptionalDate,
  status_date: parseOptionalDate,
  location: parseLocation,
  staff_id: optionalId('staff_id'),
  staff_role: parseStaffRole,
  service: parseService,
  case_closed_reason: parseClosureReason,
  duration_min: parseDuration,
  contact_id: optionalId('contact_id'),
} satisfies Record<ColumnName, (raw: string) => Parsed<unknown>>;

type Parsers = typeof COLUMN_PARSERS;
/** The parsed value type of each column. */
export type ColumnValues = {
  [C in ColumnName]: Parsers[C] extends (raw: string) => Parsed<infer T> ? T : never;
};
