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

  it('describes an unknown header cell that cannot be a column name, never quoting it', () => {
    const match = matchHeader([
      'date',
      'Ilgums (min)',
      'Anna +37120000001',
      '010185-12345',
      'a@b.lv',
    ]);
    expect(formatUnknownColumns(match)).toBe(
      'ignored unknown columns "Ilgums (min)", [a 17-character text with digits], ' +
        '[a 12-character text with digits], [a 6-character text]',
    );
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

  it('cuts long names and long lists of names short', () => {
    const long = `client_id|date|${'x'.repeat(100)}`;
    const names = ['datee', 'gendr', 'pilsonibaa', 'statusss', 'lomma', 'servic'];
    const message = formatMissingColumns(
      matchHeader([long, ...Array.from({ length: 5 }, () => names).flat()]),
    );
    expect(message).toContain(`"client_id|date|${'x'.repeat(14)}…"`);
    expect(message).not.toContain('x'.repeat(15));
    expect(message).toContain('"servic" and 6 more');
  });

  it('quotes only cells that are column names or near misses of one, and counts the rest', () => {
    const message = formatMissingColumns(
      matchHeader(['date', 'client_id', 'Anna Bērziņa', '+37120000001', 'pilsonibaa']),
    );
    expect(message).toMatch(
      /found "date", "client_id", "pilsonibaa" and 2 other cells \(not shown: not column names\)$/,
    );
    expect(message).not.toContain('Anna');
    expect(message).not.toContain('3712');
  });

  it.each([
    [
      '1-Jul-21',
      'K-00001',
      'G-7',
      'F',
      '1990',
      'IQ',
      'PM',
      'SD',
      'housing',
      'Anna Bērziņa +37120000001',
    ],
    ['44378', 'K-1', 'F', 'Jānis', 'jb@example.lv'],
    ['20210701', 'K-1', 'Marta Ēķe'],
    ['Jul 1, 2021', 'K-1', '010190-12345'],
    ['Kontaktu eksports 2021. gada jūlijs, sagatavoja Ilze Ķēniņa', '', ''],
  ])('never quotes a data row or a title row read as a header (%s …)', (...cells) => {
    const message = formatMissingColumns(matchHeader(cells));
    expect(message).toMatch(
      new RegExp(
        `found a line of ${cells.length} fields that names no column \\(is the header line missing, or is a title row above it\\? its cells are not shown\\)$`,
      ),
    );
    for (const cell of cells.filter((c) => c.length > 2)) expect(message).not.toContain(cell);
  });

  it('says "nothing" for an empty header', () => {
    expect(formatMissingColumns(matchHeader(['', '']))).toMatch(/; found nothing$/);
  });
});
