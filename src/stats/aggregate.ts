import type { ClientProfile } from '../model/client.js';
import type { Contact } from '../model/contact.js';
import type { Period } from '../period.js';
import type { DataQuality, Statistics } from '../model/statistics.js';
import { ClientNumbers } from './client-numbers.js';
import {
  buildComparison,
  coverageOf,
  coveredRange,
  isWholeMonths,
  previousPeriod,
  seriesPeriods,
} from './comparison.js';
import { InputHistory } from './input-history.js';
import { PeriodTally, type TallyConfig } from './period-tally.js';

/**
 * The statistics of one or more periods, built from one stream of contacts.
 *
 * Where each figure is computed:
 * `clients`, `contacts`, `monthly` in period-tally.ts (`clients.cumulative`
 * and the clients of earlier periods from input-history.ts); `gender`,
 * `ageGroups`, `ageBands`, `averageAge`, `arrival` in people.ts;
 * `households` in households.ts; `countries`, `countryCount` in countries.ts;
 * `legalStatus`, `locations` in latest-contact.ts; `services`, `closures` in
 * services.ts; `staff` in staff.ts; `billing` in billing.ts; `eligibility` in
 * eligibility.ts; `comparison` in comparison.ts.
 */

/** A period to report on, and the earlier one to compare it with if not the config's or the one just before. */
export interface AggregatedPeriod {
  period: Period;
  compare?: Period | null;
}

export interface AggregatorOptions {
  config: TallyConfig;
  periods: readonly AggregatedPeriod[];
}

/** How many earlier periods the chart of unique clients per period goes back at most. */
const MAX_SERIES = 40;

/**
 * Receives every valid contact of the whole input, in any order (ties are
 * broken by `seq`, never by arrival order), and keeps per-client and
 * per-month state only, so memory grows with clients, not contacts. Each
 * distinct period, reported on or compared with, has one tally: in a batch
 * of consecutive half-years, the half-year a report compares with is the
 * previous report's own.
 */
export class Aggregator {
  private readonly config: TallyConfig;
  /** Clients numbered in order of appearance; the numbers index the tallies' sets. */
  private readonly clientNumbers = new ClientNumbers();
  private readonly history: InputHistory;
  private readonly tallies: PeriodTally[] = [];
  private readonly reports: { own: PeriodTally; compared: PeriodTally }[];

  constructor(options: AggregatorOptions) {
    this.config = options.config;
    this.history = new InputHistory(options.config.programStart);
    const byPeriod = new Map<string, PeriodTally>();
    const tallyOf = (period: Period): PeriodTally => {
      const key = `${period.from}/${period.to}`;
      let tally = byPeriod.get(key);
      if (tally === undefined) {
        tally = new PeriodTally(period, this.config);
        byPeriod.set(key, tally);
        this.tallies.push(tally);
      }
      return tally;
    };
    this.reports = options.periods.map(({ period, compare }) => ({
      own: tallyOf(period),
      compared: tallyOf(compare ?? this.config.compare ?? previousPeriod(period)),
    }));
  }

  /** Takes one valid, de-duplicated contact of the input, in or out of the periods. */
  add(contact: Contact): void {
    const client = this.clientNumbers.of(contact);
    this.history.add(contact, client);
    for (const tally of this.tallies) if (tally.holds(contact)) tally.add(contact, client);
  }

  /**
   * The statistics of each period, in the order given. `clients` holds the
   * resolved profile of every client of the input; `dataQuality` comes from
   * ingest and is passed through.
   */
  finish(clients: ReadonlyMap<string, ClientProfile>, dataQuality: DataQuality): Statistics[] {
    const figures = (tally: PeriodTally): Statistics =>
      tally.figures(this.history, this.clientNumbers, clients, dataQuality);
    const { first, last } = this.history;
    const dates = first === null || last === null ? null : { first, last };
    return this.reports.map(({ own, compared }) => {
      const statistics = figures(own);
      const covered = coveredRange(dates, this.config.programStart, isWholeMonths(own.period));
      const series = seriesPeriods(own.period, covered, MAX_SERIES + 1).map(
        (period, index, all) => ({
          ...period,
          clients:
            index === all.length - 1 ? statistics.clients.unique : this.history.clientsIn(period),
        }),
      );
      statistics.comparison = buildComparison({
        current: statistics,
        previous: figures(compared),
        period: compared.period,
        coverage: coverageOf(compared.period, covered),
        topCountries: this.config.topCountries,
        series,
      });
      return statistics;
    });
  }
}
