import type { Config } from '../config/schema.js';
import type { ClientProfile } from '../model/client.js';
import type { Contact, IsoDate } from '../model/contact.js';
import type { Period } from '../period.js';
import { computeBilling } from './billing.js';
import { ClientNumbers } from './client-numbers.js';
import { countCountries } from './countries.js';
import { dayNumber, monthOffset, monthsOverlapping } from '../calendar.js';
import {
  buildComparison,
  coverageOf,
  coveredRange,
  isWholeMonths,
  previousPeriod,
  seriesPeriods,
} from './comparison.js';
import { EligibilityCheck } from './eligibility.js';
import { countHouseholds } from './households.js';
import { LatestContacts } from './latest-contact.js';
import { NumberSet } from './number-set.js';
import { countPeople } from './people.js';
import { SCHEMA_VERSION, type DataQuality, type Statistics } from '../model/statistics.js';
import { ClosureTally, ServiceTally } from './services.js';
import { StaffTally } from './staff.js';

/**
 * The statistics of one period, built from a stream of contacts.
 *
 * Where each figure is computed:
 * `clients`, `contacts`, `monthly` here; `gender`, `ageGroups`, `ageBands`,
 * `averageAge`, `arrival` in people.ts; `households` in households.ts;
 * `countries`, `countryCount` in countries.ts; `legalStatus`, `locations` in
 * latest-contact.ts; `services`, `closures` in services.ts; `staff` in
 * staff.ts; `billing` in billing.ts; `eligibility` in eligibility.ts.
 */

export interface AggregatorOptions {
  period: Period;
  config: Pick<
    Config,
    'programStart' | 'billing' | 'eligibility' | 'suppressBelow' | 'topCountries' | 'compare'
  >;
  /** The earlier period to compare with, instead of the config's or the one just before. */
  compare?: Period | null;
  /** False for the comparison's own aggregator: it compares with nothing. */
  withComparison?: boolean;
  /** Share one among aggregators fed the same stream: one client lookup per contact for all. */
  clientNumbers?: ClientNumbers;
}

/**
 * Receives every valid contact of the whole input (those outside the period
 * count for `clients.new` and `clients.cumulative`) and keeps per-client and
 * per-month state only, so memory grows with clients, not contacts. Contacts
 * may arrive in any order: ties are broken by `seq`, never by arrival order.
 */
export class PeriodAggregator {
  private readonly period: Period;
  private readonly config: AggregatorOptions['config'];
  private readonly months: string[];

  /** Clients numbered in order of appearance; the numbers index the sets below. */
  private readonly clientNumbers: ClientNumbers;

  private earliestDate: IsoDate | null = null;
  private readonly cumulative = new NumberSet();
  private readonly served = new NumberSet();
  private socialWorkerContacts = 0;
  private mentorContacts = 0;
  private readonly monthClients: NumberSet[];
  private readonly monthContacts: number[];
  private readonly latest = new LatestContacts();
  private readonly services = new ServiceTally();
  private readonly closures = new ClosureTally();
  private readonly staff: StaffTally;
  private readonly eligibility: EligibilityCheck;
  private latestDate: IsoDate | null = null;
  /** The earlier period's own aggregator, fed the same contacts (null inside it). */
  private readonly previous: PeriodAggregator | null;
  /** Clients of each earlier period of the same length, by how many periods back (1 = just before). */
  private readonly earlier = new Map<number, NumberSet>();
  private readonly periodsBack: (date: IsoDate) => number;

  constructor(options: AggregatorOptions) {
    this.period = { from: options.period.from, to: options.period.to };
    this.config = options.config;
    this.clientNumbers = options.clientNumbers ?? new ClientNumbers();
    this.months = monthsOverlapping(this.period.from, this.period.to);
    this.monthClients = this.months.map(() => new NumberSet());
    this.monthContacts = this.months.map(() => 0);
    this.staff = new StaffTally(this.months.length);
    this.eligibility = new EligibilityCheck(options.config.eligibility);
    this.periodsBack = periodsBackCounter(this.period);
    const compared = options.compare ?? options.config.compare ?? previousPeriod(this.period);
    this.previous =
      options.withComparison === false
        ? null
        : new PeriodAggregator({
            ...options,
            period: compared,
            clientNumbers: this.clientNumbers,
            withComparison: false,
          });
  }

  /** Takes one valid, de-duplicated contact of the input, in or out of the period. */
  add(contact: Contact): void {
    const { date } = contact;
    const { from, to } = this.period;
    this.staff.see(contact);
    this.previous?.add(contact);
    if (this.earliestDate === null || date < this.earliestDate) this.earliestDate = date;
    if (this.latestDate === null || date > this.latestDate) this.latestDate = date;
    if (date > to) return;

    const client = this.clientNumbers.of(contact);
    const programStart = this.config.programStart;
    if (programStart === null || date >= programStart) this.cumulative.add(client);
    if (date < from) {
      const back = this.periodsBack(date);
      if (back <= MAX_SERIES) {
        let clients = this.earlier.get(back);
        if (!clients) this.earlier.set(back, (clients = new NumberSet()));
        clients.add(client);
      }
      return;
    }

    const month = monthOffset(date, from);
    this.served.add(client);
    this.monthClients[month]!.add(client);
    this.monthContacts[month]!++;
    if (contact.staffRole === 'mentor') this.mentorContacts++;
    else this.socialWorkerContacts++;
    this.latest.add(contact, client);
    this.services.add(contact.service, client);
    this.closures.add(contact.closureReason);
    this.staff.add(contact, month);
    this.eligibility.add(contact, client);
  }

  /**
   * The figures of the period. `clients` holds the resolved profile of every
   * client of the input; `dataQuality` comes from ingest and is passed through.
   */
  finish(clients: ReadonlyMap<string, ClientProfile>, dataQuality: DataQuality): Statistics {
    const statistics = this.figures(clients, dataQuality);
    if (this.previous === null) return statistics;
    const previous = this.previous.figures(clients, dataQuality);
    const wholeMonths = isWholeMonths(this.period);
    const dates =
      this.earliestDate === null || this.latestDate === null
        ? null
        : { first: this.earliestDate, last: this.latestDate };
    const covered = coveredRange(dates, this.config.programStart, wholeMonths);
    const series = seriesPeriods(this.period, covered, MAX_SERIES + 1).map(
      (period, index, all) => ({
        ...period,
        clients:
          index === all.length - 1
            ? statistics.clients.unique
            : (this.earlier.get(all.length - 1 - index)?.size ?? 0),
      }),
    );
    statistics.comparison = buildComparison({
      current: statistics,
      previous,
      period: this.previous.period,
      coverage: coverageOf(this.previous.period, covered),
      topCountries: this.config.topCountries,
      series,
    });
    return statistics;
  }

  /** The period's own figures, without the comparison. */
  private figures(
    clients: ReadonlyMap<string, ClientProfile>,
    dataQuality: DataQuality,
  ): Statistics {
    const { from, to } = this.period;
    const profiles = [...this.served].map((client) => {
      const profile = clients.get(this.clientNumbers.id(client));
      // Ingest resolves a profile for every client it passed on; a gap is a bug, not bad data.
      if (profile === undefined) throw new Error('a served client has no resolved profile');
      return profile;
    });
    const people = countPeople(profiles, to);
    const monthly = this.months.map((month, index) => ({
      month,
      clients: this.monthClients[index]!.size,
      contacts: this.monthContacts[index]!,
    }));
    return {
      schemaVersion: SCHEMA_VERSION,
      period: { from, to },
      clients: {
        unique: this.served.size,
        new: profiles.filter(({ firstContact }) => firstContact >= from && firstContact <= to)
          .length,
        cumulative: this.cumulative.size,
        cumulativeFrom: this.config.programStart ?? this.earliestDate,
      },
      contacts: {
        total: this.socialWorkerContacts + this.mentorContacts,
        socialWorker: this.socialWorkerContacts,
        mentor: this.mentorContacts,
      },
      monthly,
      gender: people.gender,
      ageGroups: people.ageGroups,
      ageBands: people.ageBands,
      averageAge: people.averageAge,
      households: countHouseholds(profiles),
      ...countCountries(profiles),
      legalStatus: this.latest.legalStatus(),
      arrival: people.arrival,
      locations: this.latest.locations(),
      services: this.services.result(),
      closures: this.closures.result(),
      staff: this.staff.result(),
      billing: computeBilling(monthly, this.config.billing),
      eligibility: this.eligibility.result(dataQuality.files.map((file) => file.name)),
      comparison: NO_COMPARISON,
      suppressBelow: this.config.suppressBelow,
      dataQuality,
    };
  }
}

/** How many earlier periods the chart of unique clients per period goes back at most. */
const MAX_SERIES = 40;

/** A placeholder inside the comparison's own aggregator, replaced by `finish`. */
const NO_COMPARISON: Statistics['comparison'] = {
  period: { from: '1900-01-01', to: '1900-01-01' },
  coverage: 'none',
  figures: null,
  change: null,
  series: [],
};

/**
 * For a day before the period: in which earlier period of the same length it
 * falls (1 = the one just before), counted in months when the period is whole
 * months, else in days.
 */
function periodsBackCounter(period: Period): (date: IsoDate) => number {
  if (isWholeMonths(period)) {
    const months = monthOffset(period.to, period.from) + 1;
    return (date) => Math.ceil(monthOffset(period.from, date) / months);
  }
  const days = dayNumber(period.to) - dayNumber(period.from) + 1;
  const start = dayNumber(period.from);
  return (date) => Math.ceil((start - dayNumber(date)) / days);
}
