import { describe, expect, it } from 'vitest';
import { describeCell, looksLikeValue, showCell } from '../../src/ingest/values/shown.js';

describe('looksLikeValue: the one rule for quoting a cell in a message', () => {
  it.each([
    '2021-07-01',
    '31.02.2021',
    '1.7.2021.',
    '03/04/2021',
    '2021-07-01 10:00',
    '1-Jul-21',
    '01-jūl-2021',
    '1 July 2021',
    '1. jūlijs 2021',
    'Jul 1, 2021',
    'July 1st 2021',
    '2021. gada 1. jūlijs',
    '20210701',
    '44378',
    '1985',
  ])('a date column quotes the date written %j', (text) => {
    expect(looksLikeValue(text, 'date')).toBe(true);
  });

  it.each([
    'Anna Bērziņa',
    '010190-12345',
    '26543210',
    '+371 26543210',
    'anna@example.lv',
    'Marta 12',
    'Jānis 1, 2021 zvanīja',
    '1 Anna 2021 x',
  ])('a date column describes %j', (text) => {
    expect(looksLikeValue(text, 'date')).toBe(false);
  });

  it('a coded column quotes a letter, a few capitals, or a near miss the caller recognised', () => {
    for (const code of ['X', 'f', 'PM', 'IRQ']) expect(looksLikeValue(code, 'code')).toBe(true);
    for (const text of ['Anna', 'Ali', 'Jānis Bērziņš', '010190-12345', 'a@b.lv', 'K1']) {
      expect(looksLikeValue(text, 'code'), text).toBe(false);
    }
    expect(looksLikeValue('Irakk', 'code', true)).toBe(true);
  });

  it('a number column quotes a few digits, with a unit or a decimal part', () => {
    for (const text of ['0', '1441', '-5', '1.5', '60,0', '90 min', '1h', '1:30']) {
      expect(looksLikeValue(text, 'number'), text).toBe(true);
    }
    for (const text of ['26543210', '+371 26543210', '010190-12345', 'sixty']) {
      expect(looksLikeValue(text, 'number'), text).toBe(false);
    }
  });

  it('a header cell is quoted only when the caller recognised it as a column name', () => {
    expect(looksLikeValue('Piezīmes', 'header')).toBe(false);
    expect(looksLikeValue('Piezīmes', 'header', true)).toBe(true);
  });
});

describe('describeCell', () => {
  it('says how long the text is and whether it holds digits, never what it says', () => {
    expect(describeCell('Anna Bērziņa +37120000001')).toBe('a 25-character text with digits');
    expect(describeCell('Atlantīda')).toBe('a 9-character text');
    expect(describeCell('26543210')).toBe('an 8-digit number');
    expect(describeCell('x'.repeat(11))).toBe('an 11-character text');
    expect(describeCell('a\n b')).toBe('a 3-character text');
  });
});

describe('showCell', () => {
  it('quotes a value of the kind, cut short, and describes anything else in brackets', () => {
    expect(showCell(' X ', 'code')).toBe('"X"');
    expect(showCell('Anna Bērziņa', 'code')).toBe('[a 12-character text]');
    expect(showCell('x'.repeat(50), 'code', true)).toBe(`"${'x'.repeat(39)}…"`);
    expect(showCell('client_id|date|gender', 'header', true, 10)).toBe('"client_id…"');
  });
});
