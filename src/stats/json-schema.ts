import { z } from '../zod.js';
import { storedStatisticsSchema } from '../model/statistics.js';

/**
 * The JSON Schema shipped as `schemas/statistics.schema.json`: every statistics
 * JSON of its schemaVersion, as this version writes it (every key) and as
 * earlier versions did (without the keys added since, which it marks optional).
 */
export function statisticsJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(storedStatisticsSchema, { io: 'output', target: 'draft-2020-12' }),
    title: 'lsk-report statistics JSON',
  };
}
