/**
 * Duplicate contacts (docs/input-format.md, "Duplicates"): rows with the same
 * `contact_id`, or, without one, rows with the same value in every column,
 * are counted once.
 *
 * Rows are compared by their values after normalisation, so the same contact
 * written `03.05.2021` in one export and `2021-05-03` in another is one
 * contact; columns outside the contract play no part, as everywhere else.
 * Only a 64-bit hash of each identity is kept (hash64.ts): two different rows
 * are mistaken for duplicates only if their hashes collide, for n distinct
 * rows a chance of about n² / 2⁶⁵ (3 in 100 million for a million rows).
 */
import { CONTACT_FIELDS, type ContactFields } from './columns.js';
import { Hash64Set, hash64 } from './hash64.js';

/** What identifies a contact: its contact_id if it has one, else the value of every column. */
export function contactIdentity(c: ContactFields): (string | null)[] {
  if (c.contactId !== null) return ['id', c.contactId];
  // A column is null exactly when it is empty, so null and '' need not differ.
  return ['row', ...CONTACT_FIELDS.map((field) => (c[field] === null ? null : String(c[field])))];
}

/** Remembers the contacts seen so far and recognises repeats. */
export class Deduplicator {
  readonly #seen = new Hash64Set(1 << 16);
  readonly #hash = new Uint32Array(2);
  #removed = 0;

  /** Whether this contact was seen before (it is then counted as removed). */
  isDuplicate(contact: ContactFields): boolean {
    hash64(contactIdentity(contact), this.#hash);
    if (this.#seen.add(this.#hash[0]!, this.#hash[1]!)) return false;
    this.#removed++;
    return true;
  }

  /** Makes room for this many more contacts (an estimate: more are still taken). */
  expect(contacts: number): void {
    this.#seen.reserve(this.#seen.size + contacts);
  }

  /** How many contacts were recognised as repeats. */
  get removed(): number {
    return this.#removed;
  }
}
