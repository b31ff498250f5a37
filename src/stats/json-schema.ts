import { z } from '../zod.js';
import { STATISTICS_SCHEMA_ID, storedStatisticsSchema } from '../model/statistics.js';

/**
 * The JSON Schema shipped as `schemas/statistics.schema.json`: every statistics
 * JSON of its schemaVersion, as this version writes it (every key) and as
 * earlier versions did (without the keys added since, which it marks optional).
 * Its `$id` is what every statistics JSON names in its `$schema`.
 */
export function statisticsJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(storedStatisticsSchema, {
    io: 'output',
    target: 'draft-2020-12',
  });
  return { $schema, $id: STATISTICS_SCHEMA_ID, title: 'lsk-report statistics JSON', ...rest };
}
