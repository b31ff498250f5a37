/**
 * Remembering many strings in 8 bytes each: a 64-bit hash of the text and a
 * set of such hashes in one typed array. Duplicate detection keeps memory flat
 * with this: a million rows take 16–32 MB, where a `Set` of their text would
 * keep every row's text.
 */

/**
 * A 64-bit hash of the parts joined by NUL, as two unsigned 32-bit halves
 * (cyrb53's two multiply-xor streams, without truncating to 53 bits); a null
 * part counts as empty. Not cryptographic: inputs are exports, not adversaries.
 */
export function hash64(parts: readonly (string | null)[], out: Uint32Array): void {
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
    if (this.#size * 2 >= this.#mask + 1) this.#rehash((this.#mask + 1) * 2);
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

  /** Makes room for `count` values in all, so that adding them never grows (and copies) the table. */
  reserve(count: number): void {
    let capacity = this.#mask + 1;
    while (capacity < count * 2) capacity *= 2;
    if (capacity > this.#mask + 1) this.#rehash(capacity);
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
