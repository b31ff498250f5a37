import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  ageOn,
  dayNumber,
  fromDayNumber,
  isValidIsoDate,
  monthOffset,
  monthsOverlapping,
} from '../src/calendar.js';

describe('ageOn', () => {
  it('counts completed years: the birthday itself completes the year', () => {
    expect(ageOn('2003-06-30', '2021-06-30')).toBe(18);
    expect(ageOn('2003-07-01', '2021-06-30')).toBe(17);
    expect(ageOn('2003-06-29', '2021-06-30')).toBe(18);
  });

  it('completes a 29 February birthday on 1 March in common years', () => {
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
    expect(ageOn('2004-02-29', '2024-02-28')).toBe(19);
  });

  it('gives 0 on the day of birth and null before it', () => {
    expect(ageOn('2021-06-30', '2021-06-30')).toBe(0);
    expect(ageOn('2021-07-01', '2021-06-30')).toBeNull();
  });

  it('handles a year-only birth date taken as 1 January', () => {
    expect(ageOn('1990-01-01', '2021-12-31')).toBe(31);
    expect(ageOn('1990-01-01', '2022-01-01')).toBe(32);
  });
});

describe('addMonths', () => {
  it('keeps the day of the month', () => {
    expect(addMonths('2021-02-15', 3)).toBe('2021-05-15');
    expect(addMonths('2021-06-20', 12)).toBe('2022-06-20');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2020-02-29', 12)).toBe('2021-02-28');
    expect(addMonths('2021-11-30', 3)).toBe('2022-02-28');
  });

  it('crosses year boundaries', () => {
    expect(addMonths('2021-11-15', 3)).toBe('2022-02-15');
    expect(addMonths('2021-12-01', 1)).toBe('2022-01-01');
  });
});

describe('months', () => {
  it('lists every month that overlaps the period', () => {
    expect(monthsOverlapping('2021-06-15', '2021-06-20')).toEqual(['2021-06']);
    expect(monthsOverlapping('2021-11-30', '2022-02-01')).toEqual([
      '2021-11',
      '2021-12',
      '2022-01',
      '2022-02',
    ]);
  });

  it('numbers months from the period start', () => {
    expect(monthOffset('2021-06-30', '2021-06-01')).toBe(0);
    expect(monthOffset('2022-01-01', '2021-12-31')).toBe(1);
    expect(monthOffset('2023-05-01', '2021-06-01')).toBe(23);
  });
});

describe('day numbers and validity', () => {
  it('counts days across a leap day', () => {
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(dayNumber('2023-03-01') - dayNumber('2023-02-28')).toBe(1);
    expect(fromDayNumber(dayNumber('2021-07-31'))).toBe('2021-07-31');
  });

  it('agrees with Date.UTC on every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (days) => {
        const date = new Date(days * 86_400_000).toISOString().slice(0, 10);
        expect(dayNumber(date)).toBe(days);
      }),
      { numRuns: 2000 },
    );
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
  });

  it('rejects impossible days', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2021-13-01')).toBe(false);
    expect(isValidIsoDate('2021-04-31')).toBe(false);
    expect(isValidIsoDate('2021-4-30')).toBe(false);
  });
});
