import { describe, expect, it } from 'vitest';
import {
  formatDuplicateColumns,
  formatMissingColumns,
  formatUnknownColumns,
  matchHeader,
} from '../../src/ingest/header.js';

const LATVIAN = [
  'Kontakta datums',
  'Klienta ID',
  'Dzimums',
  'Dzimšanas datums',
  'Pilsonība',
  'Statuss',
  'Loma',
  'Pakalpojums',
];

describe('matchHeader', () => {
  it('matches Latvian names written with spaces, capitals and diacritics', () => {
    const match = matchHeader(LATVIAN);
    expect(match.index).toEqual({
      date: 0,
      client_id: 1,
      gender: 2,
      birth_date: 3,
      citizenship: 4,
      legal_status: 5,
      staff_role: 6,
      service: 7,
    });
    expect(match.missing).toEqual([]);
    expect(match.unknown).toEqual([]);
    expect(match.duplicates).toEqual([]);
  });

  it('ignores case, surrounding spaces and Latvian diacritics', () => {
    for (const name of ['dzimums', 'Dzimums', 'DZIMUMS', '  dzimums ']) {
      expect(matchHeader([name]).index).toEqual({ gender: 0 });
    }
    expect(matchHeader(['ĢIMENES_ID', 'gimenes-id', 'DZIMŠANAS_DATUMS']).index).toEqual({
      family_id: 0,
      birth_date: 2,
    });
  });

  it('strips a byte-order mark from the first name', () => {
    const match = matchHeader(['\uFEFFdate', 'client_id']);
    expect(match.index).toEqual({ date: 0, client_id: 1 });
    expect(match.header[0]).toBe('date');
  });

  it('lists unknown names in header order, leaving out empty cells', () => {
    const match = matchHeader(['Piezīmes', 'date', '', 'Tālrunis', ' ']);
    expect(match.unknown).toEqual(['Piezīmes', 'Tālrunis']);
    expect(formatUnknownColumns(match)).toBe('ignored unknown columns "Piezīmes", "Tālrunis"');
    expect(formatUnknownColumns(matchHeader(['date', 'Notes']))).toBe(
      'ignored unknown column "Notes"',
    );
    expect(formatUnknownColumns(matchHeader(['date']))).toBeNull();
  });

  it('reports a column named twice; the first cell is the one used', () => {
    const match = matchHeader(['Datums', 'client_id', 'date']);
    expect(match.index.date).toBe(0);
    expect(match.duplicates).toEqual([{ column: 'date', names: ['Datums', 'date'] }]);
    expect(formatDuplicateColumns(match)).toEqual(['columns "Datums" and "date" both mean date']);
  });

  it('lists missing required columns in the order of the input contract', () => {
    const match = matchHeader([
      'date',
      'client_id',
      'gender',
      'birth_date',
      'legal_status',
      'staff_role',
    ]);
    expect(match.missing).toEqual(['citizenship', 'service']);
  });
});

describe('formatMissingColumns', () => {
  it('names what is missing, its aliases, what is required and the header found', () => {
    const match = matchHeader([
      'date',
      'client_id',
      'gender',
      'birth_date',
      'citizenship',
      'legal_status',
      'role',
    ]);
    expect(formatMissingColumns(match)).toBe(
      'missing required column service (or pakalpojums, darbiba or darbība); ' +
        'the header must name date, client_id, gender, birth_date, citizenship, legal_status, staff_role, service; ' +
        'found "date", "client_id", "gender", "birth_date", "citizenship", "legal_status", "role"',
    );
  });

  it('cuts long names and long headers short', () => {
    const long = 'x'.repeat(100);
    const message = formatMissingColumns(
      matchHeader([long, ...Array.from({ length: 30 }, (_, i) => `c${i}`)]),
    );
    expect(message).toContain(`"${'x'.repeat(29)}…"`);
    expect(message).not.toContain('x'.repeat(30));
    expect(message).toContain('"c23" and 6 more');
  });

  it('says "nothing" for an empty header', () => {
    expect(formatMissingColumns(matchHeader(['', '']))).toMatch(/; found nothing$/);
  });
});
