import { UserError } from '../errors.js';
import { isoDay } from '../render/format.js';

/**
 * The report's "prepared on" date and the PDF's creation date: from
 * `SOURCE_DATE_EPOCH` (seconds) when set, so that builds are reproducible,
 * else now.
 */
export function generationDate(env: NodeJS.ProcessEnv = process.env, now = new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return now;
  const date = new Date(Number(epoch.trim()) * 1000);
  // A date needs a year of four digits, for the report and the PDF alike, on the day in Riga it is printed as.
  if (
    !/^\d+$/.test(epoch.trim()) ||
    !(date.getUTCFullYear() <= 9999) ||
    !/^\d{4}-/.test(isoDay(date))
  ) {
    throw new UserError(
      `SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 up to the end of the year 9999 in Riga (e.g. 1638316800), found "${epoch}"`,
    );
  }
  return date;
}
