import { addMonths, dayNumber, daysInMonth, fromDayNumber } from '../calendar.js';
import type { IsoDate } from '../model/contact.js';
import type { Comparison, Statistics } from '../model/statistics.js';
import type { Period } from '../period.js';

/**
 * The comparison with an earlier period (`comparison` in the JSON): which
 * period, how far the exports cover it, its headline figures and the change.
 * Pure: the two periods' statistics and the exports' date range in, plain data out.
 */

/** True when `period` runs from the first day of a month to the last day of a month. */
export function isWholeMonths(period: Period): boolean {
  const [year, month, day] = period.to.split('-').map(Number) as [number, number, number];
  return period.from.endsWith('-01') && day === daysInMonth(year, month);
}

/**
 * The period just before `period`, of the same length: in whole months when
 * the period is whole months (2021-06-01..2021-11-30 → 2020-12-01..2021-05-31),
 * otherwise in days.
 */
export function previousPeriod(period: Period): Period {
  if (isWholeMonths(period)) {
    const months = monthCount(period);
    return { from: addMonths(period.from, -months), to: fromDayNumber(dayNumber(period.from) - 1) };
  }
  const days = dayNumber(period.to) - dayNumber(period.from) + 1;
  return {
    from: fromDayNumber(dayNumber(period.from) - days),
    to: fromDayNumber(dayNumber(period.from) - 1),
  };
}

function monthCount(period: Period): number {
  const [fromYear, fromMonth] = period.from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = period.to.split('-').map(Number) as [number, number];
  return (toYear - fromYear) * 12 + (toMonth - fromMonth) + 1;
}

/**
 * The days the exports speak for: from their first contact (or `programStart`,
 * when later: nothing ran before it) to their last. When the period is whole
 * months, a month counts as covered from its first day, since exports are
 * monthly and the first contact rarely falls on the 1st.
 */
export function coveredRange(
  dateRange: { first: IsoDate; last: IsoDate } | null,
  programStart: IsoDate | null,
  wholeMonths: boolean,
): { first: IsoDate; last: IsoDate } | null {
  if (dateRange === null) return null;
  let first = wholeMonths ? `${dateRange.first.slice(0, 7)}-01` : dateRange.first;
  if (programStart !== null && programStart > first) first = programStart;
  let last = dateRange.last;
  if (wholeMonths) {
    const [year, month] = last.split('-').map(Number) as [number, number];
    last = `${last.slice(0, 7)}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
  }
  return first <= last ? { first, last } : null;
}

/** `full` when the covered range holds the whole period, `none` when none of it, else `partial`. */
export function coverageOf(
  period: Period,
  covered: { first: IsoDate; last: IsoDate } | null,
): Comparison['coverage'] {
  if (covered === null || covered.first > period.to || covered.last < period.from) return 'none';
  return covered.first <= period.from && covered.last >= period.to ? 'full' : 'partial';
}

/** The headline figures of a period, in the same keys as the period's own statistics. */
export function headlineFigures(stats: Statistics, topCountries: number): Comparison['figures'] {
  return {
    clients: { unique: stats.clients.unique, new: stats.clients.new },
    contacts: { total: stats.contacts.total },
    gender: stats.gender,
    ageGroups: stats.ageGroups,
    averageAge: stats.averageAge,
    countries: stats.countries
      .filter((country) => /^[A-Z]{2}$/.test(country.code))
      .slice(0, topCountries),
    closures: { total: stats.closures.total },
  };
}

/** From `previous` to `current`: the difference and, when `previous` is not 0, the change in % (one decimal). */
export function change(
  previous: number,
  current: number,
): { difference: number; percent: number | null } {
  const difference = current - previous;
  return {
    difference,
    percent: previous === 0 ? null : Math.round((difference / previous) * 1000) / 10,
  };
}

/** The difference of two averages, one decimal; null when either is unknown. */
function averageChange(previous: number | null, current: number | null): number | null {
  return previous === null || current === null ? null : Math.round((current - previous) * 10) / 10;
}

/**
 * The `comparison` of the JSON. Figures are given for `full` and `partial`
 * coverage (those of the days the exports hold); the change only for `full`:
 * a partly covered period compared with a whole one would be an invented change.
 */
export function buildComparison(options: {
  current: Statistics;
  previous: Statistics;
  period: Period;
  coverage: Comparison['coverage'];
  topCountries: number;
  series: Comparison['series'];
}): Comparison {
  const { current, previous, coverage } = options;
  const figures = coverage === 'none' ? null : headlineFigures(previous, options.topCountries);
  return {
    period: options.period,
    coverage,
    figures,
    change:
      coverage !== 'full'
        ? null
        : {
            clients: {
              unique: change(previous.clients.unique, current.clients.unique),
              new: change(previous.clients.new, current.clients.new),
            },
            contacts: { total: change(previous.contacts.total, current.contacts.total) },
            averageAge: {
              women: averageChange(previous.averageAge.women, current.averageAge.women),
              men: averageChange(previous.averageAge.men, current.averageAge.men),
            },
            closures: { total: change(previous.closures.total, current.closures.total) },
          },
    series: options.series,
  };
}

/**
 * The periods of the same length as `period` that end before it, back to the
 * first one the exports fully cover, oldest first, then `period` itself: the
 * chart of unique clients per period since the programme's start.
 */
export function seriesPeriods(
  period: Period,
  covered: { first: IsoDate; last: IsoDate } | null,
  limit = 40,
): Period[] {
  const periods: Period[] = [period];
  let earlier = previousPeriod(period);
  while (periods.length < limit && coverageOf(earlier, covered) === 'full') {
    periods.unshift(earlier);
    earlier = previousPeriod(earlier);
  }
  return periods;
}

/** The comparison of a period's own figures before `Aggregator.finish` adds the real one. */
export const NO_COMPARISON: Comparison = {
  period: { from: '1900-01-01', to: '1900-01-01' },
  coverage: 'none',
  figures: null,
  change: null,
  series: [],
};
