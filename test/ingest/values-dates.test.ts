import { describe, expect, it } from 'vitest';
import {
  parseBirthDate,
  parseContactDate,
  parseOptionalDate,
} from '../../src/ingest/values/dates.js';

describe('parseContactDate', () => {
  it.each([
    ['2021-04-03', '2021-04-03'],
    ['03.04.2021', '2021-04-03'],
    ['3.4.2021', '2021-04-03'],
    ['3.4.2021.', '2021-04-03'],
    ['03.04.2021.', '2021-04-03'],
    ['  2021-12-31 ', '2021-12-31'],
    ['29.02.2020', '2020-02-29'],
    ['29.02.2000', '2000-02-29'],
    ['31.12.2099', '2099-12-31'],
  ])('reads %j as %s', (raw, iso) => {
    expect(parseContactDate(raw)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['31.02.2021', 'impossible date "31.02.2021" (February 2021 has 28 days)'],
    ['29.02.2021', 'impossible date "29.02.2021" (February 2021 has 28 days)'],
    ['29.02.1900', 'impossible date "29.02.1900" (February 1900 has 28 days)'],
    ['2021-04-31', 'impossible date "2021-04-31" (April 2021 has 30 days)'],
    ['0.1.2021', 'impossible date "0.1.2021" (January 2021 has 31 days)'],
    ['2021-13-01', 'impossible date "2021-13-01" (there is no month 13)'],
    ['1.0.2021', 'impossible date "1.0.2021" (there is no month 0)'],
  ])('rejects the impossible %j', (raw, message) => {
    expect(parseContactDate(raw)).toEqual({ ok: false, reason: 'date.impossible', message });
  });

  it('rejects slashed dates as ambiguous and says which format to use', () => {
    expect(parseContactDate('03/04/2021')).toEqual({
      ok: false,
      reason: 'date.ambiguous',
      message:
        'ambiguous date "03/04/2021" (3 April or 4 March?): write the day first with dots (DD.MM.YYYY) or use YYYY-MM-DD',
    });
    // Only one reading is a date, but the export's convention is still unknown: refused all the same.
    expect(parseContactDate('13/04/2021')).toMatchObject({
      reason: 'date.ambiguous',
      message:
        'ambiguous date "13/04/2021" (13 April?): write the day first with dots (DD.MM.YYYY) or use YYYY-MM-DD',
    });
    expect(parseContactDate('05/05/2021')).toMatchObject({ reason: 'date.ambiguous' });
    expect(parseContactDate('4/13/2021')).toMatchObject({
      message: expect.stringContaining('(13 April?)'),
    });
  });

  it.each(['2021/04/03', '3 April 2021', '2021-4-3', '20210403', '03-04-2021', '3..4.2021'])(
    'rejects the unrecognised form %j',
    (raw) => {
      expect(parseContactDate(raw)).toEqual({
        ok: false,
        reason: 'date.format',
        message: `unrecognised date "${raw}" (expected YYYY-MM-DD, DD.MM.YYYY or D.M.YYYY)`,
      });
    },
  );

  it.each([
    [
      '44348',
      "44348 looks like Excel's number of the day 01.06.2021: format the column as dates in Excel and save again",
    ],
    ['03.04.21', 'the year has two digits: write it in full'],
    ['1.6.21.', 'the year has two digits: write it in full'],
    ['01.06.2021 10:00', 'a time of day is not read: write the day alone'],
    ['2021-06-01 00:00:00', 'a time of day is not read: write the day alone'],
    ['2021-06-01T10:00', 'a time of day is not read: write the day alone'],
  ])('says what to do about %j, as a spreadsheet writes it', (raw, hint) => {
    expect(parseContactDate(raw)).toEqual({
      ok: false,
      reason: 'date.format',
      message: `unrecognised date "${raw}" (expected YYYY-MM-DD, DD.MM.YYYY or D.M.YYYY; ${hint})`,
    });
  });

  it('takes no four-digit number or text with a time for what it is not', () => {
    expect(parseContactDate('2021')).toMatchObject({
      message: 'unrecognised date "2021" (expected YYYY-MM-DD, DD.MM.YYYY or D.M.YYYY)',
    });
    expect(parseContactDate('99999').ok).toBe(false);
    expect(parseContactDate('99999')).not.toMatchObject({
      message: expect.stringContaining('Excel'),
    });
    expect(parseContactDate('zvans 10:00')).not.toMatchObject({
      message: expect.stringContaining('time of day'),
    });
  });

  it('rejects years outside 1900–2099', () => {
    expect(parseContactDate('03.04.1021')).toEqual({
      ok: false,
      reason: 'date.out_of_range',
      message: 'date "03.04.1021" is out of range (expected a year from 1900 to 2099)',
    });
    expect(parseContactDate('2120-01-01')).toMatchObject({ reason: 'date.out_of_range' });
  });

  it('requires a value', () => {
    expect(parseContactDate(' ')).toEqual({
      ok: false,
      reason: 'date.empty',
      message: 'missing date (expected YYYY-MM-DD, DD.MM.YYYY or D.M.YYYY)',
    });
  });
});

describe('parseOptionalDate', () => {
  it('takes empty as null and dates as for contacts', () => {
    expect(parseOptionalDate('')).toEqual({ ok: true, value: null });
    expect(parseOptionalDate('1.9.2019.')).toEqual({ ok: true, value: '2019-09-01' });
    expect(parseOptionalDate('2019')).toMatchObject({ ok: false, reason: 'date.format' });
  });
});

describe('parseBirthDate', () => {
  it('takes a year alone as 1 January', () => {
    expect(parseBirthDate('1987')).toEqual({ ok: true, value: '1987-01-01' });
    expect(parseBirthDate(' 2015 ')).toEqual({ ok: true, value: '2015-01-01' });
  });

  it('takes empty as unknown (null)', () => {
    expect(parseBirthDate('')).toEqual({ ok: true, value: null });
  });

  it('reads full dates and refuses impossible ones', () => {
    expect(parseBirthDate('15.07.1990')).toEqual({ ok: true, value: '1990-07-15' });
    expect(parseBirthDate('31.06.1990')).toMatchObject({ ok: false, reason: 'date.impossible' });
    expect(parseBirthDate('1850')).toMatchObject({ ok: false, reason: 'date.out_of_range' });
    expect(parseBirthDate('87')).toMatchObject({ ok: false, reason: 'date.format' });
  });
});
