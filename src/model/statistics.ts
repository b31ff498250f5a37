import { z } from '../zod.js';
import { AGE_BANDS, CLOSURE_REASONS, LEGAL_STATUSES, SERVICES } from './codes.js';

/**
 * The statistics model: what the JSON output is, byte for byte, and what the
 * PDF is rendered from. Keys are declared in output order; docs/figures.md
 * defines every figure.
 */

export const SCHEMA_VERSION = 1;

/**
 * The `$schema` every statistics JSON starts with: the `$id` of
 * `schemas/statistics.schema.json`, which ships in the package. An
 * identifier rather than a path, since the JSON may be anywhere on disk.
 */
export const STATISTICS_SCHEMA_ID = 'urn:lsk-report:schemas/statistics.schema.json';

const count = z.number().int().nonnegative();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const month = z.string().regex(/^\d{4}-\d{2}$/);
const byGender = z.object({ female: count, male: count, unknown: count });
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

const byCode = <const T extends readonly [string, ...string[]]>(codes: T) =>
  z.object(
    Object.fromEntries(codes.map((code) => [code, count])) as Record<T[number], typeof count>,
  );

const change = z.object({
  difference: z.number().int(),
  /** The change in % of the earlier figure, one decimal; null when that figure is 0. */
  percent: z.number().nullable(),
});

/** The earlier period compared with (`comparison`; docs/figures.md). */
const comparisonSchema = z.object({
  period: z.object({ from: isoDate, to: isoDate }),
  /** How much of that period the exports cover: `full`, `partial` or `none`. */
  coverage: z.enum(['full', 'partial', 'none']),
  /** Its headline figures, in the keys of the period's own; null with coverage `none`. */
  figures: z
    .object({
      clients: z.object({ unique: count, new: count }),
      contacts: z.object({ total: count }),
      gender: byGender,
      ageGroups: z.object({
        children: count,
        women: count,
        men: count,
        adultsUnknownGender: count,
        unknownAge: count,
      }),
      averageAge: z.object({ women: z.number().nullable(), men: z.number().nullable() }),
      countries: z.array(z.object({ code: z.string(), name: z.string(), clients: count })),
      closures: z.object({ total: count }),
    })
    .nullable(),
  /** From that period to this one; only with coverage `full`, else null. */
  change: z
    .object({
      clients: z.object({ unique: change, new: change }),
      contacts: z.object({ total: change }),
      /** Difference in years, one decimal; null where either average is unknown. */
      averageAge: z.object({ women: z.number().nullable(), men: z.number().nullable() }),
      closures: z.object({ total: change }),
    })
    .nullable(),
  /** Unique clients per period of the same length, oldest first, back to the first one the exports fully cover; the last is this period. */
  series: z.array(z.object({ from: isoDate, to: isoDate, clients: count })),
});

export type Comparison = z.infer<typeof comparisonSchema>;

export const statisticsSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  period: z.object({ from: isoDate, to: isoDate }),
  clients: z.object({
    unique: count,
    new: count,
    cumulative: count,
    cumulativeFrom: isoDate.nullable(),
  }),
  contacts: z.object({ total: count, socialWorker: count, mentor: count }),
  monthly: z.array(z.object({ month, clients: count, contacts: count })),
  gender: byGender,
  ageGroups: z.object({
    children: count,
    women: count,
    men: count,
    adultsUnknownGender: count,
    unknownAge: count,
  }),
  ageBands: z.object(
    Object.fromEntries(AGE_BANDS.map((band) => [band, byGender])) as Record<
      (typeof AGE_BANDS)[number],
      typeof byGender
    >,
  ),
  averageAge: z.object({ women: z.number().nullable(), men: z.number().nullable() }),
  households: z.object({ families: count, familyMembers: count, individuals: count }),
  countries: z.array(z.object({ code: z.string(), name: z.string(), clients: count })),
  countryCount: count,
  legalStatus: byCode(LEGAL_STATUSES),
  arrival: z.object({ relocation: count, independent: count, unknown: count }),
  locations: z.array(z.object({ name: z.string(), clients: count })),
  services: z.array(z.object({ code: z.enum(SERVICES), contacts: count, clients: count })),
  closures: z.object({ total: count, byReason: byCode(CLOSURE_REASONS) }),
  staff: z
    .object({
      socialWorkers: count,
      mentors: count,
      mentorsPerMonthAverage: z.number(),
    })
    .nullable(),
  billing: z
    .object({
      clientMonths: count,
      ratePerClientMonth: z.number(),
      amount: z.number(),
      currency: z.string(),
    })
    .nullable(),
  eligibility: z
    .object({
      /** Contacts in the period whose row had the dates the rule needs. */
      contactsChecked: count,
      contactsOutside: count,
      clientsOutside: count,
      byRule: z.object({ asylumSeeker: count, statusHolder: count }),
      /** The first findings, in input order, located by file and line (never by client id). */
      examples: z.array(
        z.object({
          file: z.string(),
          line: z.number().int().positive(),
          date: isoDate,
          rule: z.enum(['asylumSeeker', 'statusHolder']),
          daysOutside: z.number().int().positive(),
        }),
      ),
    })
    .nullable(),
  comparison: comparisonSchema,
  /** Small-cell suppression applied to the PDF; the JSON keeps exact figures. */
  suppressBelow: z.number().int().min(2).nullable(),
  dataQuality: z.object({
    files: z.array(z.object({ name: z.string(), sha256, rows: count })),
    rowsRead: count,
    rowsValid: count,
    rowsInvalid: z.object({
      total: count,
      byReason: z.array(z.object({ reason: z.string(), count })),
    }),
    duplicatesRemoved: count,
    warnings: z.array(z.object({ type: z.string(), count })),
  }),
});

export type Statistics = z.infer<typeof statisticsSchema>;

/**
 * What lsk-report reads as statistics of schemaVersion 1: what it writes now,
 * and what earlier versions wrote. A key added to version 1 after files were
 * written without it is optional here (`comparison`), so those files are read
 * and compared rather than refused; the version is raised only when a key is
 * removed or changes its meaning, which a reader could not tell from the file.
 */
export const storedStatisticsSchema = z.object({
  /** The schema the file names (`STATISTICS_SCHEMA_ID` when lsk-report wrote it); read, not kept. */
  $schema: z.string().optional(),
  ...statisticsSchema.shape,
  comparison: comparisonSchema.optional(),
});

/** Statistics as read from a file (`storedStatisticsSchema`), without its `$schema`. */
export type StoredStatistics = Omit<z.infer<typeof storedStatisticsSchema>, '$schema'>;

/** How the exports were read: files, rows, duplicates and warnings (`dataQuality` in the JSON). */
export type DataQuality = Statistics['dataQuality'];

/**
 * The data-quality warning of a period the exports cover only in part. Its
 * count is the period's days outside the exports' dates, not a number of
 * warnings, so the annex's count of warnings leaves it out.
 */
export const PERIOD_PARTLY_COVERED = 'period_partly_covered';
