import { z } from '../zod.js';
import { configSchema } from './schema.js';

/**
 * The JSON Schema shipped as `schemas/config.schema.json`, for editors:
 * `"$schema": "./node_modules/lsk-report/schemas/config.schema.json"` gives
 * completion and each key's description. Input view: keys with defaults are optional.
 */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'lsk-report configuration (lsk-report.config.json)',
  };
}
