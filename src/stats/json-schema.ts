import { z } from '../zod.js';
import { statisticsSchema } from '../model/statistics.js';

/** The JSON Schema shipped as `schemas/statistics.schema.json`: the statistics JSON, exactly. */
export function statisticsJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(statisticsSchema, { io: 'output', target: 'draft-2020-12' }),
    title: 'lsk-report statistics JSON',
  };
}
