/**
 * The JSON `diff --format json` prints: the periods compared and the rows
 * that differ, as the table shows them. Its schema ships as
 * `schemas/diff.schema.json`, named by the document's `$schema`.
 */
import { z } from '../zod.js';

/** The `$schema` of a diff JSON, and the `$id` of `schemas/diff.schema.json`. */
export const DIFF_SCHEMA_ID = 'urn:lsk-report:schemas/diff.schema.json';

const leaf = z.union([z.number(), z.string(), z.boolean(), z.null()]);

export const diffJsonSchema = z.strictObject({
  $schema: z.literal(DIFF_SCHEMA_ID),
  periods: z
    .array(
      z.strictObject({
        label: z
          .string()
          .describe('the column heading: the period named in the config, or its days'),
        from: z.string(),
        to: z.string(),
        file: z.string().describe('the file compared, as named on the command line ("-": stdin)'),
      }),
    )
    .min(2)
    .describe('one per file compared, in the order given'),
  differences: z
    .array(
      z.strictObject({
        key: z.string().describe('the figure, as `countries[IQ].clients`'),
        family: z.string().describe('its family, the first part of the key (`countries`)'),
        values: z
          .array(leaf)
          .describe('one per period; null where the period has no value (or not that month)'),
        change: z
          .number()
          .nullable()
          .describe('from the first period with a number to the last; null if fewer than two'),
        changePercent: z
          .number()
          .nullable()
          .describe('that change in % of the first number, one decimal; null when it is 0'),
      }),
    )
    .describe('the figures whose value is not the same in every period'),
});

export type DiffJson = z.infer<typeof diffJsonSchema>;
