import { describe, expect, it } from 'vitest';
import type { ContactFields } from '../../src/ingest/columns.js';
import { contactIdentity, Deduplicator } from '../../src/ingest/dedupe.js';

const base: ContactFields = {
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
    expect(contactIdentity({ ...base, contactId: 'x' })).not.toEqual(contactIdentity(base));
  });
  it('identifies a row without a contact id by every column, an empty one as null', () => {
    expect(contactIdentity(base)).toEqual([
      'row',
      ...['2021-03-05', 'K-001', null, 'female', '1990-01-01', 'IQ', 'refugee', 'relocation'],
      ...[null, null, null, 'S-1', 'mentor', 'housing', null, '30', null],
    ]);
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
