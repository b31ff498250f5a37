import { LEGAL_STATUSES, type LegalStatus } from '../model/codes.js';
import type { Contact, IsoDate } from '../model/contact.js';
import { compareByClientsThenName } from './countries.js';
import type { Statistics } from './schema.js';

/**
 * `legalStatus` and `locations`: attributes that legitimately change over
 * time, taken from each served client's latest contact in the period (by
 * date; on the same day the later row in the input wins).
 */

/** Name shown for clients whose latest contact has no location: "(dzīvesvieta) nav zināma". */
export const UNKNOWN_LOCATION_NAME_LV = 'Nav zināma';

interface Latest {
  date: IsoDate;
  seq: number;
  legalStatus: LegalStatus;
  location: string | null;
}

/** Remembers each served client's latest contact in the period, indexed by client number. */
export class LatestContacts {
  private readonly latest: (Latest | undefined)[] = [];

  /** Records a contact in the period of client number `client`. */
  add(contact: Contact, client: number): void {
    const current = this.latest[client];
    if (current === undefined) {
      this.latest[client] = {
        date: contact.date,
        seq: contact.seq,
        legalStatus: contact.legalStatus,
        location: contact.location,
      };
    } else if (
      contact.date > current.date ||
      (contact.date === current.date && contact.seq > current.seq)
    ) {
      current.date = contact.date;
      current.seq = contact.seq;
      current.legalStatus = contact.legalStatus;
      current.location = contact.location;
    }
  }

  /** Served clients by the legal status on their latest contact. */
  legalStatus(): Statistics['legalStatus'] {
    const counts = Object.fromEntries(LEGAL_STATUSES.map((status) => [status, 0])) as Record<
      LegalStatus,
      number
    >;
    for (const entry of this.latest) if (entry) counts[entry.legalStatus]++;
    return counts;
  }

  /** Served clients by the location on their latest contact, most clients first. */
  locations(): Statistics['locations'] {
    const clientsByName = new Map<string, number>();
    for (const entry of this.latest) {
      if (!entry) continue;
      const name = entry.location ?? UNKNOWN_LOCATION_NAME_LV;
      clientsByName.set(name, (clientsByName.get(name) ?? 0) + 1);
    }
    return [...clientsByName]
      .map(([name, clients]) => ({ name, clients, key: name }))
      .sort(compareByClientsThenName)
      .map(({ name, clients }) => ({ name, clients }));
  }
}
