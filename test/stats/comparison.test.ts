import { describe, expect, it } from 'vitest';
import {
  change,
  coverageOf,
  coveredRange,
  previousPeriod,
  seriesPeriods,
} from '../../src/stats/comparison.js';

describe('previousPeriod', () => {
  it('steps back whole months when the period is whole months', () => {
    expect(previousPeriod({ from: '2021-06-01', to: '2021-11-30' })).toEqual({
      from: '2020-12-01',
      to: '2021-05-31',
    });
    expect(previousPeriod({ from: '2021-03-01', to: '2021-03-31' })).toEqual({
      from: '2021-02-01',
      to: '2021-02-28',
    });
  });
  it('steps back days otherwise', () => {
    expect(previousPeriod({ from: '2021-06-10', to: '2021-06-19' })).toEqual({
      from: '2021-05-31',
      to: '2021-06-09',
    });
  });
});

describe('coverage', () => {
  const covered = coveredRange({ first: '2021-01-04', last: '2021-12-20' }, null, true);
  it('counts a month as covered from its first day when periods are whole months', () => {
    expect(covered).toEqual({ first: '2021-01-01', last: '2021-12-31' });
    expect(coverageOf({ from: '2021-01-01', to: '2021-06-30' }, covered)).toBe('full');
    expect(coverageOf({ from: '2020-12-01', to: '2021-05-31' }, covered)).toBe('partial');
    expect(coverageOf({ from: '2020-06-01', to: '2020-11-30' }, covered)).toBe('none');
    expect(coverageOf({ from: '2020-06-01', to: '2020-11-30' }, null)).toBe('none');
  });
  it('starts no earlier than programStart', () => {
    expect(coveredRange({ first: '2020-01-01', last: '2021-12-31' }, '2021-04-06', false)).toEqual({
      first: '2021-04-06',
      last: '2021-12-31',
    });
  });
  it('lists the fully covered periods of the same length, oldest first', () => {
    expect(seriesPeriods({ from: '2021-07-01', to: '2021-12-31' }, covered)).toEqual([
      { from: '2021-01-01', to: '2021-06-30' },
      { from: '2021-07-01', to: '2021-12-31' },
    ]);
  });
});

describe('change', () => {
  it('gives the difference and the change in % of the earlier figure', () => {
    expect(change(342, 477)).toEqual({ difference: 135, percent: 39.5 });
    expect(change(0, 5)).toEqual({ difference: 5, percent: null });
  });
});
