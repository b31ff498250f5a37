import { z } from '../zod.js';
import { DIFF_SCHEMA_ID, diffJsonSchema } from './json.js';

/** The JSON Schema shipped as `schemas/diff.schema.json`: what `diff --format json` prints. */
export function diffJsonSchemaDocument(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(diffJsonSchema, {
    io: 'output',
    target: 'draft-2020-12',
  });
  return { $schema, $id: DIFF_SCHEMA_ID, title: 'lsk-report diff JSON', ...rest };
}
