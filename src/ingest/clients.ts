/**
 * Client attributes across rows (docs/input-format.md, "Client attributes across
 * rows"): gender, birth date, citizenship, family and arrival describe the
 * person, so one value per client is chosen and disagreements are reported.
 *
 * The rule: the latest known value wins, and disagreements are reported. An
 * empty value ("unknown") is no value: it neither overrides a known value nor
 * disagrees with one. "Latest" is by contact date, then by input order.
 * Warnings locate two disagreeing rows by file and line and never name the
 * client (privacy rule); birth dates and family ids are not quoted either.
 * The state is per client, never per row.
 */
import type { ClientProfile } from '../model/client.js';
import type { Contact, RowSource } from '../model/contact.js';
import { UNKNOWN_COUNTRY } from '../model/codes.js';
import type { IngestWarning } from './types.js';

/** The attributes: their column, whether a warning may quote their values, and a contact's known value. */
const ATTRIBUTES = [
  {
    column: 'gender',
    quotable: true,
    known: (c: Contact) => (c.gender === 'unknown' ? null : c.gender),
  },
  { column: 'birth_date', quotable: false, known: (c: Contact) => c.birthDate },
  {
    column: 'citizenship',
    quotable: true,
    known: (c: Contact) => (c.citizenship === UNKNOWN_COUNTRY ? null : c.citizenship),
  },
  { column: 'family_id', quotable: false, known: (c: Contact) => c.familyId },
  {
    column: 'arrival',
    quotable: true,
    known: (c: Contact) => (c.arrival === 'unknown' ? null : c.arrival),
  },
] as const;

/** Two rows of one client that disagree on an attribute, and every value seen once they do. */
interface Conflict {
  column: (typeof ATTRIBUTES)[number]['column'];
  quotable: boolean;
  values: Set<string>;
  a: RowSource;
  b: RowSource;
}

/** One attribute of one client. */
class Attribute {
  /** The latest known value, and the date of the contact that carried it. */
  latest: string | null = null;
  latestDate = '';
  /** The first known value and its row: what a disagreeing row is reported against. */
  first: string | null = null;
  firstSource: RowSource | null = null;
  conflict: Conflict | null = null;
}

class Client {
  firstContact: string;
  readonly attributes = ATTRIBUTES.map(() => new Attribute());

  constructor(firstContact: string) {
    this.firstContact = firstContact;
  }
}

export const CLIENT_CONFLICT = 'client_attribute_conflict';

/** Collects every client's attributes from their contacts, in input order. */
export class ClientTracker {
  readonly #clients = new Map<string, Client>();
  /** Every conflict, in the order found. */
  readonly #conflicts: Conflict[] = [];

  /** Takes a valid, de-duplicated contact; contacts must come in input (`seq`) order. */
  add(contact: Contact): void {
    let client = this.#clients.get(contact.clientId);
    if (client === undefined) {
      client = new Client(contact.date);
      this.#clients.set(contact.clientId, client);
    } else if (contact.date < client.firstContact) {
      client.firstContact = contact.date;
    }
    for (let i = 0; i < ATTRIBUTES.length; i++) {
      const value = ATTRIBUTES[i]!.known(contact);
      if (value !== null) this.#see(client.attributes[i]!, i, value, contact);
    }
  }

  #see(attribute: Attribute, index: number, value: string, contact: Contact): void {
    // The latest known value wins; on the same date, the later row (contacts come in input order).
    if (contact.date >= attribute.latestDate) {
      attribute.latest = value;
      attribute.latestDate = contact.date;
    }
    // Disagreements are reported.
    if (attribute.first === null) {
      attribute.first = value;
      attribute.firstSource = contact.source;
    } else if (value !== attribute.first) {
      if (attribute.conflict === null) {
        const { column, quotable } = ATTRIBUTES[index]!;
        const values = new Set([attribute.first]);
        attribute.conflict = {
          column,
          quotable,
          values,
          a: attribute.firstSource!,
          b: contact.source,
        };
        this.#conflicts.push(attribute.conflict);
      }
      attribute.conflict.values.add(value);
    }
  }

  /** Every client's resolved profile. */
  profiles(): Map<string, ClientProfile> {
    const profiles = new Map<string, ClientProfile>();
    for (const [id, client] of this.#clients) {
      const [gender, birthDate, citizenship, familyId, arrival] = client.attributes.map(
        (attribute) => attribute.latest,
      );
      profiles.set(id, {
        gender: (gender ?? 'unknown') as ClientProfile['gender'],
        birthDate: birthDate ?? null,
        citizenship: citizenship ?? UNKNOWN_COUNTRY,
        familyId: familyId ?? null,
        arrival: (arrival ?? 'unknown') as ClientProfile['arrival'],
        firstContact: client.firstContact,
      });
    }
    return profiles;
  }

  /** One warning per client and column whose rows disagree, in the order they were found. */
  warnings(fileNames: readonly string[]): IngestWarning[] {
    const at = (source: RowSource) => `${fileNames[source.file] ?? '?'}:${source.line}`;
    return this.#conflicts.map(({ column, quotable, values, a, b }) => ({
      type: CLIENT_CONFLICT,
      message:
        `${at(a)} and ${at(b)}: ${column}: one client's rows differ` +
        `${quotable ? ` (${[...values].sort().join(', ')})` : ''}; ` +
        "the value on the client's latest contact is used",
    }));
  }
}
