import { foldName } from '../text.js';
import { LEGAL_STATUSES, type LegalStatus } from '../model/codes.js';
import type { Contact, IsoDate } from '../model/contact.js';
import { compareByClientsThenName } from './countries.js';
import type { Statistics } from '../model/statistics.js';

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

  /**
   * Served clients by the location on their latest contact, most clients
   * first. Spellings that differ only in case, diacritics or punctuation
   * (`Rīga`, `RIGA`, `riga`) are one place, shown as its most used spelling.
   */
  locations(): Statistics['locations'] {
    const places = new Map<string, Map<string, number>>(); // folded name → spelling → clients
    for (const entry of this.latest) {
      if (!entry) continue;
      const name = entry.location ?? UNKNOWN_LOCATION_NAME_LV;
      const key = foldName(name);
      const spellings = places.get(key) ?? new Map<string, number>();
      spellings.set(name, (spellings.get(name) ?? 0) + 1);
      places.set(key, spellings);
    }
    return [...places.values()]
      .map((spellings) => {
        const [shown] = [...spellings]
          .map(([name, clients]) => ({ name, clients, key: name }))
          .sort(compareByClientsThenName);
        const clients = [...spellings.values()].reduce((sum, n) => sum + n, 0);
        return { name: shown!.name, clients, key: shown!.name };
      })
      .sort(compareByClientsThenName)
      .map(({ name, clients }) => ({ name, clients }));
  }
}
