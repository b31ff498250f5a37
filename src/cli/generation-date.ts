import { UserError } from '../errors.js';

/**
 * The report's "prepared on" date and the PDF's creation date: from
 * `SOURCE_DATE_EPOCH` (seconds) when set, so that builds are reproducible,
 * else now.
 */
export function generationDate(env: NodeJS.ProcessEnv = process.env, now = new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return now;
  if (!/^\d+$/.test(epoch.trim())) {
    throw new UserError(
      `SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 (e.g. 1638316800), found "${epoch}"`,
    );
  }
  return new Date(Number(epoch.trim()) * 1000);
}
