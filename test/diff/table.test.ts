import { describe, expect, it } from 'vitest';
import { formatDiff } from '../../src/diff/format.js';
import { byChange, diffTable, type DiffInput, type DiffRow } from '../../src/diff/table.js';
import { UserError } from '../../src/errors.js';
import type { StoredStatistics } from '../../src/model/statistics.js';

/** A statistics file reduced to what a test compares. */
function input(file: string, from: string, to: string, figures: object): DiffInput {
  const statistics = { schemaVersion: 1, period: { from, to }, ...figures };
  return { statistics: statistics as unknown as StoredStatistics, file };
}

const h1 = input('h1.json', '2021-01-01', '2021-06-30', {
  clients: { unique: 200, new: 50 },
  monthly: [
    { month: '2021-01', clients: 80, contacts: 300 },
    { month: '2021-06', clients: 90, contacts: 310 },
  ],
  countries: [{ code: 'IQ', name: 'Irāka', clients: 40 }],
  staff: null,
  dataQuality: { rowsRead: 1000 },
});
const summer = input('summer.json', '2021-06-01', '2021-08-31', {
  clients: { unique: 150, new: 50 },
  monthly: [
    { month: '2021-06', clients: 95, contacts: 310 },
    { month: '2021-08', clients: 70, contacts: 200 },
  ],
  countries: [
    { code: 'IQ', name: 'Irāka', clients: 40 },
    { code: 'AF', name: 'Afganistāna', clients: 3 },
  ],
  staff: { socialWorkers: 2 },
  dataQuality: { rowsRead: 1400 },
});

/** The rows of h1 against summer in clients.unique and monthly, worked out by hand. */
const UNIQUE_AND_JUNE = [
  { key: 'clients.unique', family: 'clients', values: [200, 150], change: -50, changePercent: -25 },
  // 95 − 90 = 5, 5 / 90 = 5.6 %; January and August are each in one period only.
  {
    key: 'monthly[2021-06].clients',
    family: 'monthly',
    values: [90, 95],
    change: 5,
    changePercent: 5.6,
  },
];

describe('diffTable', () => {
  it('lists figures that differ, months only where both periods hold them, no provenance', () => {
    const table = diffTable([h1, summer]);
    expect(table.columns.map((column) => column.label)).toEqual([
      '2021-01-01 … 2021-06-30',
      '2021-06-01 … 2021-08-31',
    ]);
    expect(table.rows).toEqual([
      ...UNIQUE_AND_JUNE,
      {
        key: 'countries[AF].clients',
        family: 'countries',
        values: [null, 3],
        change: null,
        changePercent: null,
      },
      {
        key: 'staff.socialWorkers',
        family: 'staff',
        values: [null, 2],
        change: null,
        changePercent: null,
      },
    ]);
  });

  it('--all adds provenance, but still no month that only one period holds', () => {
    const keys = diffTable([h1, summer], { all: true }).rows.map((row) => row.key);
    expect(keys).toContain('dataQuality.rowsRead');
    expect(keys).toContain('period.from');
    expect(keys).toContain('countries[AF].name');
    expect(keys.filter((key) => key.startsWith('monthly'))).toEqual(['monthly[2021-06].clients']);
  });

  it('labels a period the config names by its name, and tells equal periods apart by file', () => {
    const named = { '2021-1': { from: '2021-01-01', to: '2021-06-30' } };
    const table = diffTable([h1, summer, { ...h1, file: 'again.json' }], {}, named);
    expect(table.columns.map((column) => column.label)).toEqual([
      '2021-1 (h1.json)',
      '2021-06-01 … 2021-08-31',
      '2021-1 (again.json)',
    ]);
  });

  it('with three periods, lists a figure that differs anywhere; the change is first to last', () => {
    const autumn = input('autumn.json', '2021-09-01', '2021-11-30', {
      clients: { unique: 200, new: 40 },
    });
    const rows = diffTable([h1, summer, autumn], { only: ['clients'] }).rows;
    expect(rows).toEqual([
      {
        key: 'clients.unique',
        family: 'clients',
        values: [200, 150, 200],
        change: 0,
        changePercent: 0,
      },
      {
        key: 'clients.new',
        family: 'clients',
        values: [50, 50, 40],
        change: -10,
        changePercent: -20,
      },
    ]);
  });

  it('--only names families; a wrong name lists them and suggests one', () => {
    const keys = diffTable([h1, summer], { only: ['countries'] }).rows.map((row) => row.key);
    expect(keys).toEqual(['countries[AF].clients']);
    expect(() => diffTable([h1, summer], { only: ['countrys'] })).toThrow(UserError);
    expect(() => diffTable([h1, summer], { only: ['countrys'] })).toThrow(
      /unknown family of figures "countrys" \(did you mean countries\?\); the families are clients, contacts, monthly, /,
    );
  });
});

describe('--sort change', () => {
  const row = (key: string, change: number | null, changePercent: number | null): DiffRow => ({
    key,
    family: key,
    values: [],
    change,
    changePercent,
  });

  it('puts the largest relative change first, then changes from zero, then the rest', () => {
    const rows = [
      row('text', null, null),
      row('small', 1, 10),
      row('fromZero', 7, null),
      row('big', -30, -60),
      row('sameShareMore', 40, 10),
      row('fromZeroSmall', 2, null),
    ];
    expect(rows.sort(byChange).map((r) => r.key)).toEqual([
      'big',
      'sameShareMore',
      'small',
      'fromZero',
      'fromZeroSmall',
      'text',
    ]);
  });
});

describe('formatDiff', () => {
  const table = diffTable([h1, summer], { only: ['clients', 'monthly'] });

  it('prints an aligned table headed by the periods', () => {
    expect(formatDiff(table, 'table')).toBe(
      'figure                    2021-01-01 … 2021-06-30  2021-06-01 … 2021-08-31  change  change %\n' +
        'clients.unique                                200                      150     -50     -25 %\n' +
        'monthly[2021-06].clients                       90                       95      +5    +5.6 %\n' +
        '2 figures differ.\n',
    );
    expect(formatDiff(diffTable([h1, h1]), 'table')).toBe('No figure differs.\n');
  });

  it('prints CSV with numbers as numbers; for Latvian Excel with ";", decimal comma and a BOM', () => {
    expect(formatDiff(table, 'csv')).toBe(
      'figure,2021-01-01 … 2021-06-30,2021-06-01 … 2021-08-31,change,change %\r\n' +
        'clients.unique,200,150,-50,-25\r\n' +
        'monthly[2021-06].clients,90,95,5,5.6\r\n',
    );
    expect(formatDiff(table, 'csv', 'lv')).toBe(
      '\uFEFFfigure;2021-01-01 … 2021-06-30;2021-06-01 … 2021-08-31;change;change %\r\n' +
        'clients.unique;200;150;-50;-25\r\n' +
        'monthly[2021-06].clients;90;95;5;5,6\r\n',
    );
  });

  it('prints Markdown and JSON', () => {
    expect(formatDiff(table, 'markdown')).toContain(
      '| monthly[2021-06].clients | 90 | 95 | +5 | +5.6 % |',
    );
    expect(JSON.parse(formatDiff(table, 'json'))).toEqual({
      $schema: 'urn:lsk-report:schemas/diff.schema.json',
      periods: [
        { label: '2021-01-01 … 2021-06-30', from: '2021-01-01', to: '2021-06-30', file: 'h1.json' },
        {
          label: '2021-06-01 … 2021-08-31',
          from: '2021-06-01',
          to: '2021-08-31',
          file: 'summer.json',
        },
      ],
      differences: UNIQUE_AND_JUNE,
    });
  });
});
