import { UserError } from './errors.js';
import type { IsoDate } from './model/contact.js';
import { daysInMonth, isValidIsoDate } from './calendar.js';
import { MAX_YEAR, MIN_YEAR } from './ingest/values/dates.js';

/** A reporting period: both days included. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/**
 * The period of `--from`/`--to`: real ISO dates with `from` not after `to`.
 * Anything else is a usage error (exit 2) that quotes the value.
 */
export function parsePeriod(from: string, to: string): Period {
  const period = { from: parseIsoDate(from, '--from'), to: parseIsoDate(to, '--to') };
  if (period.from > period.to) {
    throw new UserError(
      `--from ${period.from} is after --to ${period.to}: the period must start on or before its last day`,
    );
  }
  return period;
}

/** A day written `YYYY-MM-DD` that exists in the calendar; `label` names the option in the message. */
export function parseIsoDate(text: string, label: string): IsoDate {
  const value = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const suggestion = isoFromDotted(value);
    throw new UserError(
      `${label}: expected a date as YYYY-MM-DD (e.g. 2021-06-01), found "${text}"` +
        (suggestion !== null ? ` (did you mean ${suggestion}?)` : ''),
    );
  }
  if (!isValidIsoDate(value)) {
    throw new UserError(`${label}: "${text}" is not a day of the calendar`);
  }
  assertYear(Number(value.slice(0, 4)), `${label} ${value}`);
  return value;
}

/**
 * The ISO form of a Latvian-style date (`01.06.2021`, `1.6.2021`): day first,
 * as Latvia writes dates, so the suggestion is unambiguous. Null otherwise.
 */
function isoFromDotted(text: string): string | null {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$/.exec(text);
  if (match === null) return null;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** Periods named in the config (`"periods": {"2021-2": {"from": …, "to": …}}`). */
export type NamedPeriods = Readonly<Record<string, { from: string; to: string }>>;

/**
 * A period given by name: one the config names first (so a contract period
 * such as `2021-2` is not read as February), else a shortcut.
 */
export function parsePeriodName(text: string, named: NamedPeriods = {}): Period {
  const own = Object.hasOwn(named, text.trim()) ? named[text.trim()] : undefined;
  if (own !== undefined) return parsePeriod(own.from, own.to);
  try {
    return parsePeriodShortcut(text);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const names = Object.keys(named);
    throw new UserError(
      names.length > 0
        ? `${error.message}, or a period the config names: ${names.sort().join(', ')}`
        : // A contract period ("2021-2") is a name the config must give.
          `${error.message}, or name it under "periods" in the config: ` +
            `{"periods": {"${text.trim()}": {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"}}}`,
    );
  }
}

export const PERIOD_FORMS =
  '2021 (a year), 2021H1 or 2021H2 (a half-year), 2021-Q1 … 2021-Q4 (a quarter), 2021-06 (a month)';

/**
 * A period shortcut: `2021` (year), `2021H2` (half-year), `2021-Q4` (quarter),
 * `2021-10` (month). Case and the dash before H/Q are optional (`2021-h2`, `2021q4`).
 */
export function parsePeriodShortcut(text: string): Period {
  const value = text.trim();
  const year = /^\d{4}/.exec(value);
  if (year !== null) assertYear(Number(year[0]), `period "${text}"`);
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(value))) {
    return monthSpan(Number(match[1]), 1, 12);
  }
  if ((match = /^(\d{4})-?[Hh]([12])$/.exec(value))) {
    const first = (Number(match[2]) - 1) * 6 + 1;
    return monthSpan(Number(match[1]), first, first + 5);
  }
  if ((match = /^(\d{4})-?[Qq]([1-4])$/.exec(value))) {
    const first = (Number(match[2]) - 1) * 3 + 1;
    return monthSpan(Number(match[1]), first, first + 2);
  }
  if (
    (match = /^(\d{4})-(\d{2})$/.exec(value)) &&
    Number(match[2]) >= 1 &&
    Number(match[2]) <= 12
  ) {
    return monthSpan(Number(match[1]), Number(match[2]), Number(match[2]));
  }
  throw new UserError(`unknown period "${text}": use ${PERIOD_FORMS}`);
}

/**
 * A period's years are those the data may hold (1900–2099): a typo such as
 * `--to 2201-12-31` would otherwise make a report of centuries, with ages to match.
 */
function assertYear(year: number, shown: string): void {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new UserError(
      `${shown}: the year must be from ${MIN_YEAR} to ${MAX_YEAR}, the years contacts can have`,
    );
  }
}

function monthSpan(year: number, firstMonth: number, lastMonth: number): Period {
  const yyyy = String(year).padStart(4, '0');
  const mm = (month: number) => String(month).padStart(2, '0');
  return {
    from: `${yyyy}-${mm(firstMonth)}-01`,
    to: `${yyyy}-${mm(lastMonth)}-${daysInMonth(year, lastMonth)}`,
  };
}

/**
 * The period of `--compare`: `FROM..TO` (ISO dates, both days included), or a
 * period name as `--period` takes it (`2020H2`, a name the config gives).
 * A malformed range is a usage error (exit 2) that shows the expected form.
 */
export function parseCompareRange(
  text: string,
  named: NamedPeriods = {},
  label = '--compare',
): Period {
  const value = text.trim();
  const parts = value.split('..');
  if (parts.length === 2) {
    const [from, to] = parts.map((part) => part.trim()) as [string, string];
    const period = {
      from: parseIsoDate(from, `${label} (FROM)`),
      to: parseIsoDate(to, `${label} (TO)`),
    };
    if (period.from > period.to) {
      throw new UserError(
        `${label} ${value}: ${period.from} is after ${period.to}; write the first day first (FROM..TO)`,
      );
    }
    return period;
  }
  try {
    if (parts.length === 1 && value !== '') return parsePeriodName(value, named);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
  }
  throw new UserError(
    `${label}: expected FROM..TO with dates as YYYY-MM-DD (e.g. 2020-12-01..2021-05-31) ` +
      `or a period name such as 2021H1, found "${text}"`,
  );
}

/**
 * A comparison period must end before `period` starts: the report compares
 * with an earlier period ("iepriekšējais periods"), never with itself or a later one.
 */
export function assertEarlier(compare: Period, period: Period, label = '--compare'): void {
  if (compare.to >= period.from) {
    throw new UserError(
      `${label} ${compare.from}..${compare.to} does not end before the report's period starts ` +
        `(${period.from}): compare with an earlier period`,
    );
  }
}
