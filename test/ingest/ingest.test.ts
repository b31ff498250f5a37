import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import type { Contact } from '../../src/model/contact.js';
import { ROOT } from '../helpers/run-cli.js';

const fixture = (name: string) => join(ROOT, 'fixtures', 'ingest', `${name}.csv`);

async function read(files: string[], options = {}) {
  const contacts: Contact[] = [];
  const result = await ingest({ files, displayName: basename, ...options }, (c) =>
    contacts.push(c),
  );
  return { contacts, result };
}

/** What each case must yield: file format, and per contact its line and some values. */
const CASES: {
  name: string;
  encoding: string;
  delimiter: string;
  contacts: { line: number; values: Partial<Contact> }[];
}[] = [
  {
    name: 'bom',
    encoding: 'utf-8',
    delimiter: ',',
    contacts: [
      {
        line: 2,
        values: {
          date: '2021-03-01',
          clientId: 'K-1',
          familyId: 'G-1',
          gender: 'female',
          citizenship: 'IQ',
        },
      },
      {
        line: 3,
        values: { clientId: 'K-2', familyId: null, birthDate: '1985-01-01', citizenship: 'AF' },
      },
    ],
  },
  {
    name: 'tab',
    encoding: 'utf-8',
    delimiter: '\t',
    contacts: [
      { line: 2, values: { citizenship: 'BY', legalStatus: 'refugee', staffRole: 'mentor' } },
      {
        line: 3,
        values: {
          citizenship: 'stateless',
          legalStatus: 'alternative',
          staffRole: 'social_worker',
          birthDate: null,
        },
      },
    ],
  },
  {
    name: 'quoted-newlines',
    encoding: 'utf-8',
    delimiter: ';',
    contacts: [
      { line: 2, values: { clientId: 'K-1', service: 'housing' } },
      {
        line: 4,
        values: {
          clientId: 'K-2',
          citizenship: 'IQ',
          legalStatus: 'asylum_seeker',
          service: 'basic_needs',
        },
      },
      {
        line: 7,
        values: {
          clientId: 'K-3',
          gender: 'unknown',
          citizenship: 'unknown',
          legalStatus: 'refugee',
        },
      },
    ],
  },
  {
    name: 'blank-lines',
    encoding: 'utf-8',
    delimiter: ';',
    contacts: [
      { line: 4, values: { clientId: 'K-1' } },
      { line: 7, values: { clientId: 'K-2' } },
    ],
  },
  {
    name: 'cp1257',
    encoding: 'windows-1257',
    delimiter: ';',
    contacts: [
      {
        line: 2,
        values: {
          date: '2021-01-05',
          gender: 'female',
          birthDate: '1988-03-12',
          citizenship: 'IQ',
          legalStatus: 'asylum_seeker',
          arrival: 'relocation',
          location: 'PMIC "Mucenieki"',
          staffRole: 'mentor',
          service: 'language_course',
          closureReason: null,
        },
      },
      {
        line: 3,
        values: {
          date: '2021-01-06',
          gender: 'male',
          birthDate: '1986-01-01',
          citizenship: 'AF',
          legalStatus: 'refugee',
          arrival: 'independent',
          location: 'Rīga',
          staffRole: 'social_worker',
          service: 'housing',
          closureReason: 'left_country',
        },
      },
    ],
  },
  {
    name: 'aliases',
    encoding: 'utf-8',
    delimiter: ';',
    contacts: [
      {
        line: 2,
        values: {
          date: '2021-06-01',
          clientId: 'K-1',
          familyId: 'G-9',
          gender: 'female',
          birthDate: '1990-02-01',
          citizenship: 'IQ',
          legalStatus: 'asylum_seeker',
          arrival: 'independent',
          location: 'PMIC "Mucenieki"',
          staffId: 'SM-2',
          staffRole: 'mentor',
          service: 'housing',
          durationMin: 45,
          contactId: 'C-9',
        },
      },
    ],
  },
];

describe('ingest fixtures (fixtures/ingest)', () => {
  it.each(CASES)('$name', async ({ name, encoding, delimiter, contacts }) => {
    const { contacts: read_, result } = await read([fixture(name)]);
    expect(result.problems).toEqual([]);
    expect(result.files[0]).toMatchObject({
      name: `${name}.csv`,
      encoding,
      delimiter,
      rows: contacts.length,
    });
    expect(read_.map((c) => c.source)).toEqual(contacts.map((c) => ({ file: 0, line: c.line })));
    contacts.forEach((expected, i) => expect(read_[i]).toMatchObject(expected.values));
  });

  it('removes duplicates: identical rows, and rows sharing a contact_id', async () => {
    const { contacts, result } = await read([fixture('duplicates')]);
    // line 3 repeats line 2; line 6 repeats line 5's contact_id C-7
    expect(contacts.map((c) => c.source.line)).toEqual([2, 4, 5]);
    expect(result.dataQuality).toMatchObject({ rowsRead: 5, rowsValid: 3, duplicatesRemoved: 2 });
    expect(contacts.map((c) => c.seq)).toEqual([0, 1, 2]);
  });

  it('pools files in order: seq runs over files, then rows', async () => {
    const { contacts, result } = await read([fixture('tab'), fixture('bom')]);
    expect(contacts.map((c) => [c.seq, c.source.file, c.source.line])).toEqual([
      [0, 0, 2],
      [1, 0, 3],
      [2, 1, 2],
      [3, 1, 3],
    ]);
    expect(result.dataQuality.files.map((f) => [f.name, f.rows])).toEqual([
      ['tab.csv', 2],
      ['bom.csv', 2],
    ]);
    expect(result.clients.size).toBe(4);
    expect(result.dateRange).toEqual({ first: '2021-03-01', last: '2021-03-02' });
  });

  it('collects row problems in input order and counts invalid rows by their first reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lsk-ingest-'));
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      'date;client_id;gender;birth_date;citizenship;legal_status;staff_role;service;Piezīmes\n' +
        '2021-01-01;K-1;X;;Irakk;refugee;mentor;housing;\n' + // two problems: gender, then citizenship
        '2021-01-02;K-2;F;;Irakk;refugee;mentor;housing;\n' +
        '2021-01-03;K-3;F;;IQ;refugee;mentor;housing;x;y\n' + // an extra non-empty field
        '2021-01-04;K-4;F;;IQ;refugee;mentor;housing;\n',
    );
    const { contacts, result } = await read([file]);
    expect(contacts).toHaveLength(1);
    expect(result.problems.map((p) => `${p.line}:${p.column}:${p.reason}`)).toEqual([
      '2:gender:gender.unknown',
      '2:citizenship:citizenship.unknown',
      '3:citizenship:citizenship.unknown',
      '4:row:row.too_many_fields',
    ]);
    expect(result.dataQuality.rowsInvalid).toEqual({
      total: 3,
      byReason: [
        { reason: 'citizenship.unknown', count: 1 },
        { reason: 'gender.unknown', count: 1 },
        { reason: 'row.too_many_fields', count: 1 },
      ],
    });
    expect(result.warnings).toEqual([
      { type: 'unknown_column', message: 'bad.csv:1: ignored unknown column "Piezīmes"' },
    ]);
    expect(result.dataQuality.warnings).toEqual([{ type: 'unknown_column', count: 1 }]);
  });

  it('resolves client attributes across files and warns without naming the client', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lsk-ingest-'));
    const header = 'date,client_id,gender,birth_date,citizenship,legal_status,staff_role,service\n';
    writeFileSync(
      join(dir, 'a.csv'),
      header + '2021-05-01,SECRET-1,F,1990-01-01,SY,refugee,mentor,housing\n',
    );
    writeFileSync(
      join(dir, 'b.csv'),
      header + '2021-02-01,SECRET-1,F,1990-01-01,IQ,refugee,mentor,housing\n',
    );
    const { result } = await read([join(dir, 'a.csv'), join(dir, 'b.csv')]);
    expect(result.clients.get('SECRET-1')).toMatchObject({
      citizenship: 'SY',
      firstContact: '2021-02-01',
    });
    expect(result.warnings.map((w) => w.message)).toEqual([
      "a.csv:2 and b.csv:2: citizenship: one client's rows differ (IQ, SY); the value on the client's latest contact is used",
    ]);
  });
});
