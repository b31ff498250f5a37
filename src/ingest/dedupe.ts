/**
 * Duplicate contacts (input-format.md, "Duplicates"): rows with the same
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

// The two multiply-xor streams of `hash64`, at module level so that a key can be fed in parts.
let h1 = 0;
let h2 = 0;

function start(): void {
  h1 = 0xdeadbeef;
  h2 = 0x41c6ce57;
}

function feed(text: string): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
}

/** A NUL between two parts of a key, as `feed('\u0000')` would. */
function separate(): void {
  h1 = Math.imul(h1, 2654435761);
  h2 = Math.imul(h2, 1597334677);
}

function finish(out: Uint32Array): void {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  out[0] = h1 >>> 0;
  out[1] = h2 >>> 0;
}

/**
 * A 64-bit hash of a string as two unsigned 32-bit halves (cyrb53's two
 * multiply-xor streams, without truncating to 53 bits). Not cryptographic:
 * inputs are exports, not adversaries.
 */
export function hash64(text: string, out: Uint32Array): void {
  start();
  feed(text);
  finish(out);
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

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Uint32Array(old.length * 2);
    this.#mask = old.length - 1;
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

/** A part of the key that may be absent: null and '' are the same, as in `contactKey`. */
function feedPart(text: string | null): void {
  separate();
  if (text !== null) feed(text);
}

/**
 * `hash64(contactKey(c), out)` without building the key: the parts are fed
 * to the hash one after the other, which gives the same hash and saves a
 * long string per row.
 */
export function hashContact(c: ContactValues, out: Uint32Array): void {
  start();
  if (c.contactId !== null) {
    feed('id');
    feedPart(c.contactId);
  } else {
    feed('row');
    feedPart(c.date);
    feedPart(c.clientId);
    feedPart(c.familyId);
    feedPart(c.gender);
    feedPart(c.birthDate);
    feedPart(c.citizenship);
    feedPart(c.legalStatus);
    feedPart(c.arrival);
    feedPart(c.arrivalDate);
    feedPart(c.statusDate);
    feedPart(c.location);
    feedPart(c.staffId);
    feedPart(c.staffRole);
    feedPart(c.service);
    feedPart(c.closureReason);
    feedPart(c.durationMin === null ? null : String(c.durationMin));
  }
  finish(out);
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

  /** How many contacts were recognised as repeats. */
  get removed(): number {
    return this.#removed;
  }
}
