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
import { UNKNOWN_COUNTRY } from '../model/codes.js';
import type { IngestWarning } from './types.js';

/** The attributes, in the order of the per-client arrays below. */
const ATTRIBUTES = [
  { column: 'gender', quotable: true },
  { column: 'birth_date', quotable: false },
  { column: 'citizenship', quotable: true },
  { column: 'family_id', quotable: false },
  { column: 'arrival', quotable: true },
] as const;
const [GENDER, BIRTH_DATE, CITIZENSHIP, FAMILY_ID, ARRIVAL] = [0, 1, 2, 3, 4];

/** Fixed-length arrays indexed by attribute: one shape for every client, no keyed look-ups. */
interface ClientState {
  firstContact: string;
  /** The latest contact's date so far: a contact on or after it is the latest for every attribute. */
  lastContact: string;
  /** The latest known value and the date of the contact that carried it ('' when none yet). */
  values: (string | null)[];
  dates: string[];
  /** The first known value and its row: what a disagreeing row is compared with. */
  firstValues: (string | null)[];
  firstSources: (RowSource | null)[];
  /** The disagreement found in each attribute, once one is. */
  conflicts: (Conflict | null)[];
}

interface Conflict {
  attribute: number;
  values: Set<string>;
  a: RowSource;
  b: RowSource;
}

export const CLIENT_CONFLICT = 'client_attribute_conflict';

const known = (value: string, unknown: string): string | null => (value === unknown ? null : value);

/** Collects every client's attributes from their contacts, in input order. */
export class ClientTracker {
  readonly #clients = new Map<string, ClientState>();
  /** Every conflict, in the order found. */
  readonly #conflicts: Conflict[] = [];

  /** Takes a valid, de-duplicated contact; contacts must come in input (`seq`) order. */
  add(contact: Contact): void {
    const { date } = contact;
    let state = this.#clients.get(contact.clientId);
    if (state === undefined) {
      state = {
        firstContact: date,
        lastContact: date,
        values: [null, null, null, null, null],
        dates: ['', '', '', '', ''],
        firstValues: [null, null, null, null, null],
        firstSources: [null, null, null, null, null],
        conflicts: [null, null, null, null, null],
      };
      this.#clients.set(contact.clientId, state);
    }
    // Exports come mostly in date order; then this one comparison settles, for all five
    // attributes at once, that this contact's known values are the latest.
    const latest = date >= state.lastContact;
    if (latest) state.lastContact = date;
    else if (date < state.firstContact) state.firstContact = date;
    this.#see(state, GENDER, known(contact.gender, 'unknown'), contact, latest);
    this.#see(state, BIRTH_DATE, contact.birthDate, contact, latest);
    this.#see(state, CITIZENSHIP, known(contact.citizenship, UNKNOWN_COUNTRY), contact, latest);
    this.#see(state, FAMILY_ID, contact.familyId, contact, latest);
    this.#see(state, ARRIVAL, known(contact.arrival, 'unknown'), contact, latest);
  }

  #see(
    state: ClientState,
    attribute: number,
    value: string | null,
    contact: Contact,
    latest: boolean,
  ): void {
    if (value === null) return;
    const first = state.firstValues[attribute];
    if (first === null || first === undefined) {
      state.firstValues[attribute] = value;
      state.firstSources[attribute] = contact.source;
      state.values[attribute] = value;
      state.dates[attribute] = contact.date;
      return;
    }
    // Later in the input wins a tie on date, so `>=`.
    if (latest || contact.date >= state.dates[attribute]!) {
      state.values[attribute] = value;
      state.dates[attribute] = contact.date;
    }
    if (value !== first) this.#noteConflict(state, attribute, value, contact);
  }

  #noteConflict(state: ClientState, attribute: number, value: string, contact: Contact): void {
    const conflict = state.conflicts[attribute];
    if (conflict !== null && conflict !== undefined) {
      conflict.values.add(value);
      return;
    }
    const found = {
      attribute,
      values: new Set([state.firstValues[attribute]!, value]),
      a: state.firstSources[attribute]!,
      b: contact.source,
    };
    state.conflicts[attribute] = found;
    this.#conflicts.push(found);
  }

  /** Every client's resolved profile. */
  profiles(): Map<string, ClientProfile> {
    const profiles = new Map<string, ClientProfile>();
    for (const [id, state] of this.#clients) {
      const v = state.values;
      profiles.set(id, {
        gender: (v[GENDER] ?? 'unknown') as ClientProfile['gender'],
        birthDate: v[BIRTH_DATE] ?? null,
        citizenship: v[CITIZENSHIP] ?? UNKNOWN_COUNTRY,
        familyId: v[FAMILY_ID] ?? null,
        arrival: (v[ARRIVAL] ?? 'unknown') as ClientProfile['arrival'],
        firstContact: state.firstContact,
      });
    }
    return profiles;
  }

  /** One warning per client and column whose rows disagree, in the order they were found. */
  warnings(fileNames: readonly string[]): IngestWarning[] {
    const at = (source: RowSource) => `${fileNames[source.file] ?? '?'}:${source.line}`;
    return this.#conflicts.map((conflict) => {
      const { column, quotable } = ATTRIBUTES[conflict.attribute]!;
      const values = quotable ? ` (${[...conflict.values].sort().join(', ')})` : '';
      return {
        type: CLIENT_CONFLICT,
        message:
          `${at(conflict.a)} and ${at(conflict.b)}: ${column}: ` +
          `one client's rows differ${values}; the value on the client's latest contact is used`,
      };
    });
  }
}
