/**
 * The whole row as one zod schema built from the column parsers and the rule
 * between columns: a reference the row parser must agree with (test/ingest/row.test.ts).
 */
import { z } from 'zod';
import { COLUMN_NAMES, type ColumnName } from '../../src/ingest/columns.js';
import { birthAfterContact } from '../../src/ingest/row.js';
import { COLUMN_PARSERS, type ColumnValues } from '../../src/ingest/values/schemas.js';
import type { Parsed } from '../../src/ingest/values/result.js';

/** A string schema whose transform is `parse`; a rejection becomes a custom issue carrying its reason. */
function schemaOf(parse: (raw: string) => Parsed<unknown>) {
  return z.string().transform((raw, ctx) => {
    const parsed = parse(raw);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: 'custom', message: parsed.message, params: { reason: parsed.reason } });
    return z.NEVER;
  });
}

const columns = Object.fromEntries(
  COLUMN_NAMES.map((name) => [
    name,
    schemaOf(COLUMN_PARSERS[name] as (raw: string) => Parsed<unknown>),
  ]),
) as unknown as Record<ColumnName, z.ZodType<unknown, string>>;

export const rowSchema = z.object(columns).superRefine((value, ctx) => {
  const row = value as ColumnValues;
  const problem = birthAfterContact(row.date, row.birth_date);
  if (problem !== null) {
    ctx.addIssue({ code: 'custom', message: problem.message, path: [problem.column] });
  }
});
