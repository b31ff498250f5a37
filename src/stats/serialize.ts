import { UserError } from '../errors.js';
import { parseJsonText } from '../json.js';
import { formatZodIssues } from '../zod-issues.js';
import {
  SCHEMA_VERSION,
  STATISTICS_SCHEMA_ID,
  statisticsSchema,
  storedStatisticsSchema,
  type Statistics,
  type StoredStatistics,
} from '../model/statistics.js';

/**
 * The statistics JSON: `$schema` naming its shipped schema, then the
 * statistics with 2-space indentation, a final newline, keys in the
 * schema's order whatever order the object was built in. The same statistics
 * give the same bytes, so analysts can diff the files and keep them in git.
 */
export function serializeStatistics(statistics: Statistics): string {
  const checked = statisticsSchema.safeParse(statistics);
  if (!checked.success) {
    // The aggregator built something the schema rejects: a bug, not bad input.
    const issue = checked.error.issues[0]!;
    throw new Error(
      `statistics do not match their schema at ${issue.path.join('.')}: ${issue.message}`,
    );
  }
  return `${JSON.stringify({ $schema: STATISTICS_SCHEMA_ID, ...checked.data }, null, 2)}\n`;
}

/**
 * Reads a statistics JSON written by `serializeStatistics`, by this version or
 * an earlier one (`storedStatisticsSchema`), for `diff`, `extract` and
 * `batch --check`. Anything else — not JSON, another kind of JSON, another
 * schemaVersion — is a UserError naming the file.
 */
export function parseStatisticsJson(text: string, fileName: string): StoredStatistics {
  const data = parseJsonText(text, fileName);
  const notStatistics = `${fileName}: not a statistics JSON of lsk-report`;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UserError(`${notStatistics} (expected an object with "schemaVersion")`);
  }
  if (!('schemaVersion' in data)) {
    throw new UserError(`${notStatistics} (it has no "schemaVersion")`);
  }
  if (data.schemaVersion !== SCHEMA_VERSION) {
    throw new UserError(
      `${fileName}: schemaVersion ${JSON.stringify(data.schemaVersion)} is not supported; ` +
        `this lsk-report reads schemaVersion ${SCHEMA_VERSION} (regenerate the file with this version)`,
    );
  }
  const parsed = storedStatisticsSchema.safeParse(data);
  if (!parsed.success) {
    const lines = formatZodIssues(parsed.error.issues, data, storedStatisticsSchema, fileName);
    const more = lines.length > 5 ? `\n(${lines.length - 5} more)` : '';
    throw new UserError(`${notStatistics}:\n${lines.slice(0, 5).join('\n')}${more}`);
  }
  const statistics = { ...parsed.data };
  delete statistics.$schema; // it names the file's schema: not a figure, not kept
  return statistics;
}
