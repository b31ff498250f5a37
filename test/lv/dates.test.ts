import { describe, expect, it } from 'vitest';
import {
  formatLongDate,
  formatMonthLabel,
  formatMonthLocative,
  formatMonthName,
  formatPeriod,
  formatShortDate,
} from '../../src/lv/dates.js';
import { monthName } from '../../src/lv/months.js';

describe('month names', () => {
  it('has the four cases of the month table (docs/latvian.md)', () => {
    expect([1, 4, 6, 11].map((m) => monthName(m, 'nom'))).toEqual([
      'janvāris',
      'aprīlis',
      'jūnijs',
      'novembris',
    ]);
    expect(monthName(4, 'gen')).toBe('aprīļa');
    expect(monthName(3, 'dat')).toBe('martam');
    expect(monthName(11, 'dat')).toBe('novembrim');
    expect(monthName(6, 'loc')).toBe('jūnijā');
    expect(monthName(12, 'loc')).toBe('decembrī');
  });
  it('agrees with ICU on the nominative', () => {
    const icu = new Intl.DateTimeFormat('lv', { month: 'long', timeZone: 'UTC' });
    for (let m = 1; m <= 12; m++) {
      expect(monthName(m)).toBe(icu.format(new Date(Date.UTC(2021, m - 1, 1))));
    }
  });
  it('rejects a month out of range', () => {
    expect(() => monthName(13)).toThrow(RangeError);
  });
});

describe('dates', () => {
  it('formats long dates in each case', () => {
    expect(formatLongDate('2021-06-01')).toBe('2021.\u00A0gada\u00A01.\u00A0jūnijs');
    expect(formatLongDate('2021-06-01', 'gen')).toBe('2021.\u00A0gada\u00A01.\u00A0jūnija');
    expect(formatLongDate('2021-11-30', 'dat')).toBe('2021.\u00A0gada\u00A030.\u00A0novembrim');
  });
  it('matches ICU dateStyle long in the nominative', () => {
    const icu = new Intl.DateTimeFormat('lv', { dateStyle: 'long', timeZone: 'UTC' });
    // The same words; ours keep the date on one line with no-break spaces.
    expect(formatLongDate('2021-06-01').replaceAll('\u00A0', ' ')).toBe(
      icu.format(new Date(Date.UTC(2021, 5, 1))),
    );
  });
  it('formats a period', () => {
    expect(formatPeriod('2021-06-01', '2021-11-30')).toBe(
      'no 2021.\u00A0gada\u00A01.\u00A0jūnija līdz 2021.\u00A0gada\u00A030.\u00A0novembrim',
    );
  });
  it('formats months', () => {
    expect(formatMonthLocative('2021-06')).toBe('2021.\u00A0gada\u00A0jūnijā');
    expect(formatMonthName('2021-10', 'loc')).toBe('oktobrī');
    expect(formatMonthLabel('2021-06')).toBe('2021.\u00A0gada\u00A0jūnijs');
    expect(formatMonthLabel('2021-06', 'short')).toBe('2021. g. jūn.');
  });
  it('formats short table dates', () => {
    expect(formatShortDate('2021-06-01')).toBe('01.06.2021.');
  });
  it('rejects impossible dates', () => {
    expect(() => formatLongDate('2021-02-29')).toThrow(RangeError);
    expect(() => formatLongDate('2021-6-1')).toThrow(RangeError);
    expect(() => formatMonthLocative('2021-13')).toThrow(RangeError);
  });
});
