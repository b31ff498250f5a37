import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Hash64Set, hash64 } from '../../src/ingest/hash64.js';

describe('Hash64Set', () => {
  it('behaves like a Set of pairs while growing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(50), fc.nat(50)), { maxLength: 500 }), (pairs) => {
        const set = new Hash64Set(16);
        const reference = new Set<string>();
        for (const [hi, lo] of pairs) {
          const key = hi === 0 && lo === 0 ? '0,1' : `${hi},${lo}`;
          expect(set.add(hi, lo)).toBe(!reference.has(key));
          reference.add(key);
        }
        expect(set.size).toBe(reference.size);
      }),
    );
  });
  it('keeps its values through a reserve, at any point', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { minLength: 1, maxLength: 300 }),
        fc.nat(),
        fc.nat(5000),
        (pairs, when, count) => {
          const set = new Hash64Set(16);
          const reference = new Set<string>();
          pairs.forEach(([hi, lo], i) => {
            if (i === when % pairs.length) set.reserve(count);
            const key = hi === 0 && lo === 0 ? '0,1' : `${hi},${lo}`;
            expect(set.add(hi, lo)).toBe(!reference.has(key));
            reference.add(key);
          });
          expect(set.size).toBe(reference.size);
        },
      ),
    );
  });
});

describe('hash64', () => {
  it('is deterministic and spreads near-identical keys', () => {
    const a = new Uint32Array(2);
    const b = new Uint32Array(2);
    hash64(['row', '2021-01-01'], a);
    hash64(['row', '2021-01-01'], b);
    expect([...a]).toEqual([...b]);
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) {
      hash64(['row', `K-${i}`], a);
      seen.add(`${a[0]}:${a[1]}`);
    }
    expect(seen.size).toBe(100_000);
  });

  it('hashes a null part as an empty one, and keeps the parts apart', () => {
    const a = new Uint32Array(2);
    const b = new Uint32Array(2);
    hash64(['row', null, 'x'], a);
    hash64(['row', '', 'x'], b);
    expect([...a]).toEqual([...b]);
    hash64(['ab', 'c'], a);
    hash64(['a', 'bc'], b);
    expect([...a]).not.toEqual([...b]);
  });
});
