/**
 * Client attributes across rows (input-format.md, "Client attributes across
 * rows"): gender, birth date, citizenship, family and arrival describe the
 * person, so one value per client is chosen and disagreements are reported.
 *
 * The state is per client, never per row. An empty value ("unknown") is not a
 * disagreement and does not override a known value: the latest *known* value
 * wins, by date and then by input order. Warnings locate two disagreeing rows
 * by file and line and never name the client (privacy rule); birth dates and
 * family ids are not quoted either.
 */
import type { ClientProfile } from '../model/client.js';
import type { Contact, RowSource } from '../model/contact.js';
import type { IngestWarning } from './types.js';

type Attribute = 'gender' | 'birthDate' | 'citizenship' | 'familyId' | 'arrival';

const ATTRIBUTES: readonly { key: Attribute; column: string; quotable: boolean }[] = [
  { key: 'gender', column: 'gender', quotable: true },
  { key: 'birthDate', column: 'birth_date', quotable: false },
  { key: 'citizenship', column: 'citizenship', quotable: true },
  { key: 'familyId', column: 'family_id', quotable: false },
  { key: 'arrival', column: 'arrival', quotable: true },
];

const UNKNOWN: Readonly<Record<Attribute, string | null>> = {
  gender: 'unknown',
  birthDate: null,
  citizenship: 'unknown',
  familyId: null,
  arrival: 'unknown',
};

interface Known {
  value: string;
  /** Date of the latest contact that carried a known value. */
  date: string;
  /** Where the value was first seen: the reference a disagreeing row is compared with. */
  first: RowSource;
  firstValue: string;
}

interface ClientState {
  firstContact: string;
  known: Partial<Record<Attribute, Known>>;
}

interface Conflict {
  column: string;
  quotable: boolean;
  values: Set<string>;
  a: RowSource;
  b: RowSource;
  /** Input position of the row that revealed it, for ordering the warnings. */
  seq: number;
}

export const CLIENT_CONFLICT = 'client_attribute_conflict';

/** Collects every client's attributes from their contacts, in input order. */
export class ClientTracker {
  readonly #clients = new Map<string, ClientState>();
  readonly #conflicts = new Map<string, Conflict>();

  /** Takes a valid, de-duplicated contact; contacts must come in input (`seq`) order. */
  add(contact: Contact): void {
    let state = this.#clients.get(contact.clientId);
    if (state === undefined) {
      state = { firstContact: contact.date, known: {} };
      this.#clients.set(contact.clientId, state);
    } else if (contact.date < state.firstContact) {
      state.firstContact = contact.date;
    }
    for (const attribute of ATTRIBUTES) {
      const value = contact[attribute.key];
      if (value === null || value === UNKNOWN[attribute.key]) continue;
      const known = state.known[attribute.key];
      if (known === undefined) {
        state.known[attribute.key] = {
          value,
          date: contact.date,
          first: contact.source,
          firstValue: value,
        };
        continue;
      }
      // Later in the input wins a tie on date, so `>=`.
      if (contact.date >= known.date) {
        known.value = value;
        known.date = contact.date;
      }
      if (value !== known.firstValue) this.#noteConflict(contact, attribute, known);
    }
  }

  #noteConflict(contact: Contact, attribute: (typeof ATTRIBUTES)[number], known: Known): void {
    const key = `${contact.clientId}\u0000${attribute.key}`;
    const conflict = this.#conflicts.get(key);
    const value = contact[attribute.key] as string;
    if (conflict !== undefined) {
      conflict.values.add(value);
      return;
    }
    this.#conflicts.set(key, {
      column: attribute.column,
      quotable: attribute.quotable,
      values: new Set([known.firstValue, value]),
      a: known.first,
      b: contact.source,
      seq: contact.seq,
    });
  }

  /** Every client's resolved profile. */
  profiles(): Map<string, ClientProfile> {
    const profiles = new Map<string, ClientProfile>();
    for (const [id, state] of this.#clients) {
      const known = state.known;
      profiles.set(id, {
        gender: (known.gender?.value ?? 'unknown') as ClientProfile['gender'],
        birthDate: known.birthDate?.value ?? null,
        citizenship: known.citizenship?.value ?? 'unknown',
        familyId: known.familyId?.value ?? null,
        arrival: (known.arrival?.value ?? 'unknown') as ClientProfile['arrival'],
        firstContact: state.firstContact,
      });
    }
    return profiles;
  }

  /** One warning per client and column whose rows disagree, in the order they were found. */
  warnings(fileNames: readonly string[]): IngestWarning[] {
    const at = (source: RowSource) => `${fileNames[source.file] ?? '?'}:${source.line}`;
    return [...this.#conflicts.values()]
      .sort((x, y) => x.seq - y.seq)
      .map((conflict) => {
        const values = conflict.quotable ? ` (${[...conflict.values].sort().join(', ')})` : '';
        return {
          type: CLIENT_CONFLICT,
          message:
            `${at(conflict.a)} and ${at(conflict.b)}: ${conflict.column}: ` +
            `one client's rows differ${values}; the value on the client's latest contact is used`,
        };
      });
  }
}
