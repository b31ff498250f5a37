/**
 * Duplicate contacts (docs/input-format.md, "Duplicates"): rows with the same
 * `contact_id`, or, without one, rows with the same value in every column,
 * are counted once.
 *
 * Memory must not grow with the rows' text, so only a 64-bit hash of each key
 * is kept, in an open-addressing set of typed arrays (8 bytes per row at most
 * half full: 16–32 MB for a million rows). Two different rows are mistaken for
 * duplicates only if their 64-bit hashes collide: for n distinct rows the
 * chance that this happens at all is about n² / 2⁶⁵, i.e. 3 in 100 million for
 * a million rows.
 */
import type { Contact } from '../model/contact.js';

/** A contact as the row parser produces it, before it gets its place in the input. */
export type ContactValues = Omit<Contact, 'seq' | 'source'>;

/**
 * A 64-bit hash of the parts of a key joined by NUL, as two unsigned 32-bit
 * halves (cyrb53's two multiply-xor streams, without truncating to 53 bits);
 * a null part counts as empty. Hashing the parts saves building the joined
 * string. Not cryptographic: inputs are exports, not adversaries.
 */
function hashParts(parts: readonly (string | null)[], out: Uint32Array): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) {
      // The NUL between two parts: `h ^ 0` is `h`.
      h1 = Math.imul(h1, 2654435761);
      h2 = Math.imul(h2, 1597334677);
    }
    const text = parts[p];
    if (text === null || text === undefined) continue;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  out[0] = h1 >>> 0;
  out[1] = h2 >>> 0;
}

/** A 64-bit hash of a string as two unsigned 32-bit halves (see `hashParts`). */
export function hash64(text: string, out: Uint32Array): void {
  hashParts([text], out);
}

/** A set of 64-bit values in one typed array; the pair (0, 0) marks an empty slot. */
export class Hash64Set {
  #slots: Uint32Array;
  #mask: number;
  #size = 0;

  constructor(initialCapacity = 1024) {
    let capacity = 16;
    while (capacity < initialCapacity) capacity *= 2;
    this.#slots = new Uint32Array(capacity * 2);
    this.#mask = capacity - 1;
  }

  get size(): number {
    return this.#size;
  }

  /** Adds the value; returns false when it was already there. */
  add(hi: number, lo: number): boolean {
    if (hi === 0 && lo === 0) lo = 1; // keep (0, 0) free as the empty marker
    if (this.#size * 2 >= this.#mask + 1) this.#grow();
    const slots = this.#slots;
    let slot = (lo ^ hi) & this.#mask;
    for (;;) {
      const at = slot * 2;
      const slotHi = slots[at]!;
      const slotLo = slots[at + 1]!;
      if (slotHi === 0 && slotLo === 0) {
        slots[at] = hi;
        slots[at + 1] = lo;
        this.#size++;
        return true;
      }
      if (slotHi === hi && slotLo === lo) return false;
      slot = (slot + 1) & this.#mask; // linear probing: the hash is already well mixed
    }
  }

  /**
   * Makes room for `count` values in all, so that adding them never grows the
   * table: each growth allocates a table twice the size and copies every value.
   */
  reserve(count: number): void {
    let capacity = this.#mask + 1;
    while (capacity < count * 2) capacity *= 2;
    if (capacity > this.#mask + 1) this.#rehash(capacity);
  }

  #grow(): void {
    this.#rehash((this.#mask + 1) * 2);
  }

  #rehash(capacity: number): void {
    const old = this.#slots;
    this.#slots = new Uint32Array(capacity * 2);
    this.#mask = capacity - 1;
    this.#size = 0;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at] !== 0 || old[at + 1] !== 0) this.add(old[at]!, old[at + 1]!);
    }
  }
}

const S = '\u0000'; // NUL: not found in text exports (a file starting with one is refused)

/**
 * The identity of a contact for de-duplication. Rows are compared by their
 * values after normalisation, so the same contact written `03.05.2021` in one
 * export and `2021-05-03` in another is one contact; columns outside the
 * contract play no part, as everywhere else.
 */
export function contactKey(c: ContactValues): string {
  if (c.contactId !== null) return `id${S}${c.contactId}`;
  // A column is null exactly when it is empty, so null and '' need not differ.
  return (
    `row${S}${c.date}${S}${c.clientId}${S}${c.familyId ?? ''}${S}${c.gender}${S}` +
    `${c.birthDate ?? ''}${S}${c.citizenship}${S}${c.legalStatus}${S}${c.arrival}${S}` +
    `${c.arrivalDate ?? ''}${S}${c.statusDate ?? ''}${S}${c.location ?? ''}${S}` +
    `${c.staffId ?? ''}${S}${c.staffRole}${S}${c.service}${S}${c.closureReason ?? ''}${S}` +
    `${c.durationMin ?? ''}`
  );
}

/** `hash64(contactKey(c), out)` without building the key: the same hash, a long string less per row. */
export function hashContact(c: ContactValues, out: Uint32Array): void {
  if (c.contactId !== null) {
    hashParts(['id', c.contactId], out);
    return;
  }
  const duration = c.durationMin === null ? null : String(c.durationMin);
  // One array literal per row: the order and the NULs of `contactKey`.
  hashParts(
    [
      'row',
      c.date,
      c.clientId,
      c.familyId,
      c.gender,
      c.birthDate,
      c.citizenship,
      c.legalStatus,
      c.arrival,
      c.arrivalDate,
      c.statusDate,
      c.location,
      c.staffId,
      c.staffRole,
      c.service,
      c.closureReason,
      duration,
    ],
    out,
  );
}

/** Remembers the contacts seen so far and recognises repeats. */
export class Deduplicator {
  readonly #seen = new Hash64Set(1 << 16);
  readonly #hash = new Uint32Array(2);
  #removed = 0;

  /** Whether this contact was seen before (it is then counted as removed). */
  isDuplicate(contact: ContactValues): boolean {
    hashContact(contact, this.#hash);
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
