import type { Config } from '../config/schema.js';
import type { ClientProfile } from '../model/client.js';
import type { Contact } from '../model/contact.js';
import type { Period } from '../period.js';
import { monthOffset, monthsOverlapping } from '../calendar.js';
import { SCHEMA_VERSION, type DataQuality, type Statistics } from '../model/statistics.js';
import { computeBilling } from './billing.js';
import type { ClientNumbers } from './client-numbers.js';
import { NO_COMPARISON } from './comparison.js';
import { countCountries } from './countries.js';
import { EligibilityCheck } from './eligibility.js';
import { countHouseholds } from './households.js';
import type { InputHistory } from './input-history.js';
import { LatestContacts } from './latest-contact.js';
import { NumberSet } from './number-set.js';
import { countPeople } from './people.js';
import { ClosureTally, ServiceTally } from './services.js';
import { StaffTally } from './staff.js';

export type TallyConfig = Pick<
  Config,
  'programStart' | 'billing' | 'eligibility' | 'suppressBelow' | 'topCountries' | 'compare'
>;

/**
 * One period's figures from its own contacts: the clients served, contacts
 * by month and by role, and the tallies of each figure family. It is told
 * only the contacts inside the period; what depends on the rest of the
 * input (`clients.new`, `clients.cumulative`, whether staff are named) comes
 * from the run's `InputHistory` when the figures are made.
 */
export class PeriodTally {
  readonly period: Period;
  private readonly months: string[];
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

  constructor(
    period: Period,
    private readonly config: TallyConfig,
  ) {
    this.period = { from: period.from, to: period.to };
    this.months = monthsOverlapping(period.from, period.to);
    this.monthClients = this.months.map(() => new NumberSet());
    this.monthContacts = this.months.map(() => 0);
    this.staff = new StaffTally(this.months.length);
    this.eligibility = new EligibilityCheck(config.eligibility);
  }

  /** Whether a contact's date falls inside the period. */
  holds(contact: Contact): boolean {
    return contact.date >= this.period.from && contact.date <= this.period.to;
  }

  /** A contact inside the period and its client's number. */
  add(contact: Contact, client: number): void {
    const month = monthOffset(contact.date, this.period.from);
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
   * The period's own figures, without the comparison. `clients` holds the
   * resolved profile of every client of the input; `dataQuality` comes from
   * ingest and is passed through.
   */
  figures(
    history: InputHistory,
    clientNumbers: ClientNumbers,
    clients: ReadonlyMap<string, ClientProfile>,
    dataQuality: DataQuality,
  ): Statistics {
    const { from, to } = this.period;
    const profiles = [...this.served].map((client) => {
      const profile = clients.get(clientNumbers.id(client));
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
        cumulative: history.cumulativeClients(to),
        cumulativeFrom: this.config.programStart ?? history.first,
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
      staff: this.staff.result(history.anyStaffId),
      billing: computeBilling(monthly, this.config.billing),
      eligibility: this.eligibility.result(dataQuality.files.map((file) => file.name)),
      comparison: NO_COMPARISON,
      suppressBelow: this.config.suppressBelow,
      dataQuality,
    };
  }
}
