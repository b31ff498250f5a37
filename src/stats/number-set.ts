/**
 * A set of small non-negative integers kept as bits. The aggregator numbers
 * clients 0, 1, 2 … as it meets them, so "distinct clients in May" or "distinct
 * clients of service X" costs one bit per client instead of a hash-set entry:
 * memory grows with the number of clients, never with the number of contacts.
 */
export class NumberSet {
  private words = new Uint32Array(8);
  private count = 0;

  /** Adds `n`; returns whether it was new. */
  add(n: number): boolean {
    const word = n >>> 5;
    if (word >= this.words.length) this.grow(word);
    const bit = 1 << (n & 31);
    const current = this.words[word]!;
    if ((current & bit) !== 0) return false;
    this.words[word] = current | bit;
    this.count++;
    return true;
  }

  has(n: number): boolean {
    const word = n >>> 5;
    return word < this.words.length && (this.words[word]! & (1 << (n & 31))) !== 0;
  }

  get size(): number {
    return this.count;
  }

  /** The members in ascending order. */
  *[Symbol.iterator](): IterableIterator<number> {
    for (let word = 0; word < this.words.length; word++) {
      let bits = this.words[word]!;
      while (bits !== 0) {
        const low = bits & -bits;
        yield word * 32 + (31 - Math.clz32(low));
        bits ^= low;
      }
    }
  }

  private grow(word: number): void {
    let length = this.words.length;
    while (length <= word) length *= 2;
    const words = new Uint32Array(length);
    words.set(this.words);
    this.words = words;
  }
}
