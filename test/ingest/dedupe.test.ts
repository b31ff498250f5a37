import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  contactKey,
  Deduplicator,
  Hash64Set,
  hash64,
  hashContact,
  type ContactValues,
} from '../../src/ingest/dedupe.js';

const base: ContactValues = {
  date: '2021-03-05',
  clientId: 'K-001',
  familyId: null,
  gender: 'female',
  birthDate: '1990-01-01',
  citizenship: 'IQ',
  legalStatus: 'refugee',
  arrival: 'relocation',
  arrivalDate: null,
  statusDate: null,
  location: null,
  staffId: 'S-1',
  staffRole: 'mentor',
  service: 'housing',
  closureReason: null,
  durationMin: 30,
  contactId: null,
};

describe('Deduplicator', () => {
  it('counts a row identical in every column once', () => {
    const dedupe = new Deduplicator();
    expect(dedupe.isDuplicate(base)).toBe(false);
    expect(dedupe.isDuplicate({ ...base })).toBe(true);
    expect(dedupe.removed).toBe(1);
  });
  it('keeps rows that differ in any one column', () => {
    const dedupe = new Deduplicator();
    dedupe.isDuplicate(base);
    expect(dedupe.isDuplicate({ ...base, durationMin: 31 })).toBe(false);
    expect(dedupe.isDuplicate({ ...base, location: 'Rīga' })).toBe(false);
    expect(dedupe.isDuplicate({ ...base, staffId: null })).toBe(false);
    expect(dedupe.removed).toBe(0);
  });
  it('counts rows with the same contact_id once, whatever else they say', () => {
    const dedupe = new Deduplicator();
    expect(dedupe.isDuplicate({ ...base, contactId: 'C1' })).toBe(false);
    expect(dedupe.isDuplicate({ ...base, contactId: 'C1', service: 'legal' })).toBe(true);
    expect(dedupe.isDuplicate({ ...base, contactId: 'C2' })).toBe(false);
    expect(dedupe.removed).toBe(1);
  });
  it('does not confuse a contact id with a row without one', () => {
    expect(contactKey({ ...base, contactId: 'x' })).not.toBe(contactKey(base));
  });
});

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

describe('Deduplicator.expect', () => {
  it('still recognises the contacts seen before it made room', () => {
    const dedupe = new Deduplicator();
    const contacts = Array.from({ length: 3000 }, (_, i) => ({ ...base, contactId: `C${i}` }));
    contacts.slice(0, 1500).forEach((c) => expect(dedupe.isDuplicate(c)).toBe(false));
    dedupe.expect(1_000_000);
    contacts.forEach((c, i) => expect(dedupe.isDuplicate(c)).toBe(i < 1500));
    expect(dedupe.removed).toBe(1500);
  });
});

describe('hash64', () => {
  it('is deterministic and spreads near-identical keys', () => {
    const a = new Uint32Array(2);
    const b = new Uint32Array(2);
    hash64('row\u00002021-01-01', a);
    hash64('row\u00002021-01-01', b);
    expect([...a]).toEqual([...b]);
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) {
      hash64(`row\u0000K-${i}`, a);
      seen.add(`${a[0]}:${a[1]}`);
    }
    expect(seen.size).toBe(100_000);
  });
});

describe('hashContact', () => {
  it('hashes a contact as hash64 hashes its key', () => {
    const variants: ContactValues[] = [
      base,
      { ...base, contactId: 'C-1' },
      { ...base, location: 'Rīga', familyId: 'G-1', durationMin: null, closureReason: 'other' },
      { ...base, birthDate: null, staffId: null, arrivalDate: '2020-02-02' },
    ];
    const expected = new Uint32Array(2);
    const actual = new Uint32Array(2);
    for (const contact of variants) {
      hash64(contactKey(contact), expected);
      hashContact(contact, actual);
      expect([...actual]).toEqual([...expected]);
    }
  });
});
