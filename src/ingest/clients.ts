/**
 * Client attributes across rows (docs/input-format.md, "Client attributes across
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

/** Per attribute, three entries of `ClientState.known`, in this order. */
const LATEST = 0;
const DATED = 1;
const FIRST = 2;
const STRIDE = 3;

/**
 * One client's state. What every contact reads and writes is in one flat
 * array, so that a contact touches two objects, not one per kind of value:
 * with thousands of clients, each object is a likely cache miss.
 */
class ClientState {
  readonly id: string;
  firstContact: string;
  /** The latest contact's date so far: a contact on or after it is the latest for every attribute. */
  lastContact: string;
  /**
   * For attribute `a`, from `STRIDE * a`: the latest known value, the date of
   * the contact that carried it, and the first known value (what a
   * disagreeing row is compared with); all null until a value is known.
   */
  readonly known: (string | null)[] = Array.from(
    { length: ATTRIBUTES.length * STRIDE },
    () => null,
  );
  /** The row of each attribute's first known value. */
  readonly firstSources: (RowSource | null)[] = ATTRIBUTES.map(() => null);
  /** The disagreement found in each attribute, once one is; created with the first. */
  conflicts: (Conflict | null)[] | null = null;

  constructor(id: string, date: string) {
    this.id = id;
    this.firstContact = date;
    this.lastContact = date;
  }
}

interface Conflict {
  attribute: number;
  values: Set<string>;
  a: RowSource;
  b: RowSource;
}

export const CLIENT_CONFLICT = 'client_attribute_conflict';

const known = (value: string, unknown: string): string | null => (value === unknown ? null : value);

/** Slots in the table of recently seen clients: 2 ** 14, more than a large programme's clients. */
const RECENT_BITS = 14;

/** A slot for a client id: FNV-1a over its characters, spread by a multiplication, top bits. */
function idSlot(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return Math.imul(hash, 0x9e3779b1) >>> (32 - RECENT_BITS);
}

/** Fills the table of recent clients: no client id is empty, so it never matches. */
const NO_CLIENT = new ClientState('', '');

/** Collects every client's attributes from their contacts, in input order. */
export class ClientTracker {
  readonly #clients = new Map<string, ClientState>();
  /**
   * Every row's client id is a new string, which a `Map` hashes in full (in
   * C++) before it can compare it. A table indexed by `idSlot` comes first,
   * so that one string comparison finds most clients.
   */
  readonly #recent: ClientState[] = new Array<ClientState>(2 ** RECENT_BITS).fill(NO_CLIENT);
  /** Every conflict, in the order found. */
  readonly #conflicts: Conflict[] = [];

  /** Takes a valid, de-duplicated contact; contacts must come in input (`seq`) order. */
  add(contact: Contact): void {
    const { date } = contact;
    const state = this.#state(contact.clientId, date);
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

  /** The client's state, created on their first contact. */
  #state(id: string, date: string): ClientState {
    const slot = idSlot(id);
    const recent = this.#recent[slot]!;
    if (recent.id === id) return recent;
    let state = this.#clients.get(id);
    if (state === undefined) {
      state = new ClientState(id, date);
      this.#clients.set(id, state);
    }
    this.#recent[slot] = state;
    return state;
  }

  #see(
    state: ClientState,
    attribute: number,
    value: string | null,
    contact: Contact,
    latest: boolean,
  ): void {
    if (value === null) return;
    const at = attribute * STRIDE;
    const entries = state.known;
    const first = entries[at + FIRST];
    if (first === null) {
      entries[at + FIRST] = value;
      entries[at + LATEST] = value;
      entries[at + DATED] = contact.date;
      state.firstSources[attribute] = contact.source;
      return;
    }
    // Later in the input wins a tie on date, so `>=`.
    if (latest || contact.date >= entries[at + DATED]!) {
      entries[at + LATEST] = value;
      entries[at + DATED] = contact.date;
    }
    if (value !== first) this.#noteConflict(state, attribute, value, contact);
  }

  #noteConflict(state: ClientState, attribute: number, value: string, contact: Contact): void {
    const conflicts = (state.conflicts ??= ATTRIBUTES.map(() => null));
    const conflict = conflicts[attribute];
    if (conflict !== null && conflict !== undefined) {
      conflict.values.add(value);
      return;
    }
    const found = {
      attribute,
      values: new Set([state.known[attribute * STRIDE + FIRST]!, value]),
      a: state.firstSources[attribute]!,
      b: contact.source,
    };
    conflicts[attribute] = found;
    this.#conflicts.push(found);
  }

  /** Every client's resolved profile. */
  profiles(): Map<string, ClientProfile> {
    const profiles = new Map<string, ClientProfile>();
    for (const [id, state] of this.#clients) {
      const latest = (attribute: number) => state.known[attribute * STRIDE + LATEST] ?? null;
      profiles.set(id, {
        gender: (latest(GENDER) ?? 'unknown') as ClientProfile['gender'],
        birthDate: latest(BIRTH_DATE),
        citizenship: latest(CITIZENSHIP) ?? UNKNOWN_COUNTRY,
        familyId: latest(FAMILY_ID),
        arrival: (latest(ARRIVAL) ?? 'unknown') as ClientProfile['arrival'],
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
