import type { Config } from '../config/schema.js';
import type { ClientProfile } from '../model/client.js';
import type { Contact, IsoDate } from '../model/contact.js';
import type { Period } from '../period.js';
import { computeBilling } from './billing.js';
import { ClientNumbers } from './client-numbers.js';
import { countCountries } from './countries.js';
import { monthOffset, monthsOverlapping } from '../calendar.js';
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
  config: Pick<Config, 'programStart' | 'billing' | 'eligibility' | 'suppressBelow'>;
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

  constructor(options: AggregatorOptions) {
    this.period = { from: options.period.from, to: options.period.to };
    this.config = options.config;
    this.clientNumbers = options.clientNumbers ?? new ClientNumbers();
    this.months = monthsOverlapping(this.period.from, this.period.to);
    this.monthClients = this.months.map(() => new NumberSet());
    this.monthContacts = this.months.map(() => 0);
    this.staff = new StaffTally(this.months.length);
    this.eligibility = new EligibilityCheck(options.config.eligibility);
  }

  /** Takes one valid, de-duplicated contact of the input, in or out of the period. */
  add(contact: Contact): void {
    const { date } = contact;
    const { from, to } = this.period;
    this.staff.see(contact);
    if (this.earliestDate === null || date < this.earliestDate) this.earliestDate = date;
    if (date > to) return;

    const client = this.clientNumbers.of(contact);
    const programStart = this.config.programStart;
    if (programStart === null || date >= programStart) this.cumulative.add(client);
    if (date < from) return;

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
      suppressBelow: this.config.suppressBelow,
      dataQuality,
    };
  }
}
