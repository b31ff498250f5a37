import { z } from '../zod.js';
import { periodsFileSchema } from './periods.js';

/**
 * The JSON Schema shipped as `schemas/periods.schema.json`, for editors:
 * `"$schema": "./node_modules/lsk-report/schemas/periods.schema.json"` in a
 * periods file gives completion and each key's description.
 */
export function periodsJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(periodsFileSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'lsk-report batch periods (periods.json)',
  };
}
