import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors.js';
import { COLUMNS, COLUMN_NAMES } from '../../src/ingest/columns.js';
import { matchHeader } from '../../src/ingest/header.js';
import { createRowParser, isBlankRow, type RowResult } from '../../src/ingest/row.js';
import { MUCENIEKI } from '../../src/model/codes.js';
import { rowSchema } from '../helpers/row-schema.js';

const FULL_HEADER = [...COLUMN_NAMES];
/** One value per column of FULL_HEADER, in Latvian spreadsheet style. */
const FULL_ROW = [
  '3.4.2021.', // date
  ' K-0042 ', // client_id
  'G-7', // family_id
  'S', // gender
  '1987', // birth_date
  'Irāka', // citizenship
  'bēgļa statuss', // legal_status
  'patstāvīgi', // arrival
  '15.09.2019', // arrival_date
  '2020-02-01', // status_date
  'PMIC "Mucenieki"', // location
  'D-3', // staff_id
  'SM', // staff_role
  'Veselības aprūpe', // service
  'plāns izpildīts', // case_closed_reason
  '45', // duration_min
  'C-991', // contact_id
];

function parse(header: string[], fields: string[], line = 2): RowResult {
  return createRowParser(matchHeader(header)).parseRow(fields, line, 'contacts.csv');
}

function messages(result: RowResult): string[] {
  return 'problems' in result ? result.problems.map(formatProblem) : [];
}

describe('parseRow', () => {
  it('turns a full row into a contact', () => {
    expect(parse(FULL_HEADER, FULL_ROW)).toEqual({
      contact: {
        date: '2021-04-03',
        clientId: 'K-0042',
        familyId: 'G-7',
        gender: 'female',
        birthDate: '1987-01-01',
        citizenship: 'IQ',
        legalStatus: 'refugee',
        arrival: 'independent',
        arrivalDate: '2019-09-15',
        statusDate: '2020-02-01',
        location: MUCENIEKI,
        staffId: 'D-3',
        staffRole: 'mentor',
        service: 'healthcare',
        closureReason: 'plan_completed',
        durationMin: 45,
        contactId: 'C-991',
        seq: 0,
        source: { file: 0, line: 2 },
      },
    });
  });

  it('puts each column into its Contact property', () => {
    const result = parse(FULL_HEADER, FULL_ROW);
    if (!('contact' in result)) throw new Error('expected a contact');
    const expected = [
      '2021-04-03',
      'K-0042',
      'G-7',
      'female',
      '1987-01-01',
      'IQ',
      'refugee',
      'independent',
    ];
    COLUMNS.slice(0, expected.length).forEach((column, i) => {
      expect(result.contact[column.field]).toBe(expected[i]);
    });
    expect(Object.keys(result.contact)).toEqual([...COLUMNS.map((c) => c.field), 'seq', 'source']);
  });

  it('reads only the required columns, in any order, with defaults for the rest', () => {
    const header = [
      'Pakalpojums',
      'Loma',
      'Statuss',
      'Pilsonība',
      'Dzimšanas datums',
      'Dzimums',
      'Klienta ID',
      'Datums',
    ];
    const row = ['mājokļa meklēšana', 'SD', 'PM', '', '', '', 'a1', '2021-01-05'];
    expect(parse(header, row)).toEqual({
      contact: {
        date: '2021-01-05',
        clientId: 'a1',
        familyId: null,
        gender: 'unknown',
        birthDate: null,
        citizenship: 'unknown',
        legalStatus: 'asylum_seeker',
        arrival: 'unknown',
        arrivalDate: null,
        statusDate: null,
        location: null,
        staffId: null,
        staffRole: 'social_worker',
        service: 'housing',
        closureReason: null,
        durationMin: null,
        contactId: null,
        seq: 0,
        source: { file: 0, line: 2 },
      },
    });
  });

  it('takes missing trailing fields as empty and ignores fields beyond the header', () => {
    const short = parse(FULL_HEADER, FULL_ROW.slice(0, 14));
    expect(short).toMatchObject({
      contact: { closureReason: null, durationMin: null, contactId: null },
    });
    expect(parse(FULL_HEADER, [...FULL_ROW, 'extra', 'more'])).toEqual(
      parse(FULL_HEADER, FULL_ROW),
    );
    // Cut before the required service column: the service is then missing.
    expect(messages(parse(FULL_HEADER, FULL_ROW.slice(0, 12)))).toEqual([
      'contacts.csv:2: staff_role: missing staff role (expected social_worker (SD) or mentor (SM))',
      'contacts.csv:2: service: missing service (expected a service code such as healthcare, or its Latvian label)',
    ]);
  });

  it('reports every problem of a row, left to right, then the cross-field ones', () => {
    const row = [...FULL_ROW];
    row[1] = '  '; // client_id
    row[3] = 'X'; // gender
    row[5] = 'Irakk'; // citizenship
    row[13] = 'helthcare'; // service
    row[15] = '1.5'; // duration_min
    expect(messages(parse(FULL_HEADER, row, 123))).toEqual([
      'contacts.csv:123: client_id: must not be empty',
      'contacts.csv:123: gender: unknown gender "X" (expected F, female, S, sieviete, M, male, V, vīrietis or empty)',
      'contacts.csv:123: citizenship: unknown country "Irakk" (did you mean Irāka (IQ)?)',
      'contacts.csv:123: service: unknown service "helthcare" (did you mean healthcare (veselības aprūpe)?)',
      'contacts.csv:123: duration_min: duration "1.5" is not a whole number of minutes (expected whole minutes from 1 to 1440)',
    ]);
  });

  it('gives stable reasons', () => {
    const row = [...FULL_ROW];
    row[0] = '03/04/2021';
    row[9] = '31.02.2021';
    const result = parse(FULL_HEADER, row);
    expect('problems' in result && result.problems.map((p) => [p.column, p.reason])).toEqual([
      ['date', 'date.ambiguous'],
      ['status_date', 'date.impossible'],
    ]);
  });

  it('refuses a birth date after the contact date', () => {
    const row = [...FULL_ROW];
    row[4] = '2021-04-04';
    const result = parse(FULL_HEADER, row, 7);
    expect(result).toEqual({
      problems: [
        {
          file: 'contacts.csv',
          line: 7,
          column: 'birth_date',
          reason: 'birth_date.after_contact',
          message: 'birth date 2021-04-04 is after the contact date 2021-04-03',
        },
      ],
    });
    row[4] = '2021-04-03'; // born on the day of the contact: fine
    expect(parse(FULL_HEADER, row)).toHaveProperty('contact');
    row[4] = '2022'; // a year alone is 1 January 2022: after the contact
    expect(messages(parse(FULL_HEADER, row))).toEqual([
      'contacts.csv:2: birth_date: birth date 2022-01-01 is after the contact date 2021-04-03',
    ]);
  });

  it('skips the cross-field check when one of the dates is itself wrong', () => {
    const row = [...FULL_ROW];
    row[0] = '31.02.2021';
    row[4] = '2030';
    expect(messages(parse(FULL_HEADER, row))).toEqual([
      'contacts.csv:2: date: impossible date "31.02.2021" (February 2021 has 28 days)',
    ]);
  });

  it("does not compare with an earlier row's date", () => {
    const parser = createRowParser(matchHeader(FULL_HEADER));
    expect(parser.parseRow(FULL_ROW, 2, 'a.csv')).toHaveProperty('contact');
    const row = [...FULL_ROW];
    row[0] = '';
    row[4] = '2022';
    expect(messages(parser.parseRow(row, 3, 'a.csv'))).toEqual([
      'a.csv:3: date: missing date (expected YYYY-MM-DD, DD.MM.YYYY or D.M.YYYY)',
    ]);
  });

  it('gives the same answer for a value seen before (memoised)', () => {
    const parser = createRowParser(matchHeader(FULL_HEADER));
    const bad = [...FULL_ROW];
    bad[5] = 'Irakk';
    const first = parser.parseRow(bad, 2, 'a.csv');
    const again = parser.parseRow(bad, 9, 'b.csv');
    expect(messages(again)).toEqual(messages(first).map((m) => m.replace('a.csv:2', 'b.csv:9')));
    expect(parser.parseRow(FULL_ROW, 2, 'a.csv')).toEqual(parse(FULL_HEADER, FULL_ROW));
  });

  it('takes a date in YYYY-MM-DD as written, and still refuses one that is not a day', () => {
    const parser = createRowParser(matchHeader(FULL_HEADER));
    const row = [...FULL_ROW];
    row[0] = '2021-04-03';
    row[4] = '1987-06-30';
    const result = parser.parseRow(row, 2, 'a.csv');
    expect(result).toHaveProperty('contact.date', '2021-04-03');
    expect(result).toHaveProperty('contact.birthDate', '1987-06-30');
    row[0] = '2021-02-29';
    row[4] = '1987-06-31';
    expect(messages(parser.parseRow(row, 3, 'a.csv'))).toEqual([
      'a.csv:3: date: impossible date "2021-02-29" (February 2021 has 28 days)',
      'a.csv:3: birth_date: impossible date "1987-06-31" (June 1987 has 30 days)',
    ]);
  });

  it('stays correct past the memo limit', () => {
    const parser = createRowParser(matchHeader(FULL_HEADER));
    const row = [...FULL_ROW];
    for (let i = 0; i < 60_000; i++) {
      row[15] = String((i % 1440) + 1);
      row[1] = `K${i}`;
      const result = parser.parseRow(row, i + 2, 'a.csv');
      if (!('contact' in result) || result.contact.durationMin !== (i % 1440) + 1)
        throw new Error(`row ${i}`);
    }
    row[5] = 'Irakk';
    expect(messages(parser.parseRow(row, 5, 'a.csv'))).toEqual([
      'contacts.csv:5: citizenship: unknown country "Irakk" (did you mean Irāka (IQ)?)'.replace(
        'contacts',
        'a',
      ),
    ]);
  });

  it('refuses a header with missing or duplicated columns', () => {
    expect(() => createRowParser(matchHeader(['date']))).toThrow(/missing or duplicated/);
    expect(() => createRowParser(matchHeader([...FULL_HEADER, 'Datums']))).toThrow(
      /missing or duplicated/,
    );
  });
});

describe('privacy', () => {
  it('never echoes ids, free text or unknown columns, even in a row full of errors', () => {
    const secrets = {
      client_id: 'Vārds Uzvārds',
      family_id: 'Uzvārdu ģimene',
      location: 'Brīvības iela 1-23, Rīga',
      staff_id: 'Darbinieks Piemērs',
      contact_id: '+371 20000000',
    };
    const header = [...FULL_HEADER, 'Piezīmes'];
    const row = [...FULL_ROW, 'tālrunis 29999999, runā arābu valodā'];
    for (const [column, value] of Object.entries(secrets)) row[header.indexOf(column)] = value;
    row[0] = '3/4/2021';
    row[3] = 'nezinu';
    row[5] = 'Irakk';
    row[6] = 'nav';
    row[13] = 'helthcare';
    row[15] = '0';
    const result = parse(header, row);
    const text = JSON.stringify(result);
    expect('problems' in result && result.problems.length).toBe(6);
    for (const value of [...Object.values(secrets), 'tālrunis', '29999999'])
      expect(text).not.toContain(value);
  });

  it('a bad client id says only that it must not be empty', () => {
    const row = [...FULL_ROW];
    row[1] = '';
    expect(messages(parse(FULL_HEADER, row))).toEqual([
      'contacts.csv:2: client_id: must not be empty',
    ]);
  });
});

describe('parseRow ids', () => {
  it('trims every kind of space around an id and keeps the id as written otherwise', () => {
    const ids = (clientId: string, contactId: string) => {
      const row = [...FULL_ROW];
      row[1] = clientId;
      row[16] = contactId;
      const result = parse(FULL_HEADER, row);
      return 'contact' in result ? [result.contact.clientId, result.contact.contactId] : null;
    };
    expect(ids('K-1', 'C-1')).toEqual(['K-1', 'C-1']);
    expect(ids('\u00a0K-1\t', ' C-1\u3000')).toEqual(['K-1', 'C-1']);
    expect(ids('Ķ-1', 'C-ā')).toEqual(['Ķ-1', 'C-ā']);
    expect(ids('k-1 x', '')).toEqual(['k-1 x', null]);
    expect(ids('\u00a0', 'C-1')).toBeNull(); // a client id of spaces is empty
  });
});

describe('isBlankRow', () => {
  it('is true only when every field is empty or blank', () => {
    expect(isBlankRow([])).toBe(true);
    expect(isBlankRow(['', ' ', '\t'])).toBe(true);
    expect(isBlankRow(['', 'x', ''])).toBe(false);
    // Whatever `trim` removes is blank: no-break and ideographic spaces, a stray BOM.
    expect(isBlankRow(['\u00a0', '\u3000 ', '\ufeff'])).toBe(true);
    expect(isBlankRow(['\u00a0Ā'])).toBe(false);
  });
});

describe('rowSchema', () => {
  it('agrees with the row parser', () => {
    const input = Object.fromEntries(FULL_HEADER.map((column, i) => [column, FULL_ROW[i] ?? '']));
    const result = parse(FULL_HEADER, FULL_ROW);
    if (!('contact' in result)) throw new Error('expected a contact');
    const contact = result.contact;
    expect(rowSchema.parse(input)).toEqual(
      Object.fromEntries(COLUMNS.map((c) => [c.name, contact[c.field]])),
    );
    const late = rowSchema.safeParse({ ...input, birth_date: '2022' });
    expect(late.success).toBe(false);
    expect(
      late.error?.issues.map((i: { path: PropertyKey[]; message: string }) => [
        i.path.join('.'),
        i.message,
      ]),
    ).toEqual([['birth_date', 'birth date 2022-01-01 is after the contact date 2021-04-03']]);
  });
});
