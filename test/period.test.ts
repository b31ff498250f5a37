import { describe, expect, it } from 'vitest';
import { usageError } from './helpers/usage-error.js';
import {
  assertEarlier,
  parseCompareRange,
  parsePeriod,
  parsePeriodName,
  parsePeriodShortcut,
} from '../src/period.js';

describe('parsePeriod', () => {
  it('accepts real ISO days, both included, from equal to to', () => {
    expect(parsePeriod('2021-06-01', '2021-11-30')).toEqual({
      from: '2021-06-01',
      to: '2021-11-30',
    });
    expect(parsePeriod('2024-02-29', '2024-02-29')).toEqual({
      from: '2024-02-29',
      to: '2024-02-29',
    });
  });

  it('rejects an impossible day, quoting it', () => {
    expect(usageError(() => parsePeriod('2021-02-30', '2021-03-31')).message).toBe(
      '--from: "2021-02-30" is not a day of the calendar',
    );
    expect(usageError(() => parsePeriod('2021-01-01', '2023-02-29')).message).toContain(
      '--to: "2023-02-29"',
    );
  });

  it('rejects other date forms with the expected one', () => {
    expect(usageError(() => parsePeriod('01.06.2021', '2021-11-30')).message).toBe(
      '--from: expected a date as YYYY-MM-DD (e.g. 2021-06-01), found "01.06.2021" (did you mean 2021-06-01?)',
    );
  });

  it('rejects from after to', () => {
    expect(usageError(() => parsePeriod('2021-12-01', '2021-11-30')).message).toBe(
      '--from 2021-12-01 is after --to 2021-11-30: the period must start on or before its last day',
    );
  });
});

describe('parsePeriodShortcut', () => {
  it.each([
    ['2021', '2021-01-01', '2021-12-31'],
    ['2021H1', '2021-01-01', '2021-06-30'],
    ['2021H2', '2021-07-01', '2021-12-31'],
    ['2021-h2', '2021-07-01', '2021-12-31'],
    ['2021-Q1', '2021-01-01', '2021-03-31'],
    ['2021q4', '2021-10-01', '2021-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2021-10', '2021-10-01', '2021-10-31'],
  ])('%s → %s … %s', (text, from, to) => {
    expect(parsePeriodShortcut(text)).toEqual({ from, to });
  });

  it.each(['2021H3', '2021-Q5', '2021-13', '21', 'H2 2021', ''])(
    'rejects %j listing the accepted forms',
    (text) => {
      const message = usageError(() => parsePeriodShortcut(text)).message;
      expect(message).toContain(`unknown period "${text}"`);
      expect(message).toContain('2021H1 or 2021H2');
      expect(message).toContain('2021-Q1');
    },
  );
});

describe('parsePeriodName', () => {
  it('takes a name the config gives before a shortcut of the same spelling', () => {
    const named = { '2021-2': { from: '2021-06-01', to: '2021-11-30' } };
    expect(parsePeriodName('2021-2', named)).toEqual({ from: '2021-06-01', to: '2021-11-30' });
  });

  it("refusing a name, lists the config's names, or says where a name is given when it has none", () => {
    const named = { '2021-2': { from: '2021-06-01', to: '2021-11-30' } };
    expect(usageError(() => parsePeriodName('2021-3', named)).message).toMatch(
      /^unknown period "2021-3": use .*, or a period the config names: 2021-2$/,
    );
    // The README's periods.json names "2021-2": without a config naming it, say how to.
    expect(usageError(() => parsePeriodName('2021-2', {})).message).toMatch(
      /^unknown period "2021-2": use .*\(a month\), or name it under "periods" in the config/,
    );
  });
});

describe('parseCompareRange (--compare)', () => {
  it('reads FROM..TO, both days included, spaces around the dots allowed', () => {
    expect(parseCompareRange('2020-12-01..2021-05-31')).toEqual({
      from: '2020-12-01',
      to: '2021-05-31',
    });
    expect(parseCompareRange(' 2021-01-01 .. 2021-01-01 ')).toEqual({
      from: '2021-01-01',
      to: '2021-01-01',
    });
  });

  it("reads a period name as --period does, the config's names first", () => {
    expect(parseCompareRange('2020H2')).toEqual({ from: '2020-07-01', to: '2020-12-31' });
    expect(
      parseCompareRange('2021-1', { '2021-1': { from: '2020-12-01', to: '2021-05-31' } }),
    ).toEqual({ from: '2020-12-01', to: '2021-05-31' });
  });

  it.each([
    '2020-12-01',
    '2020-12-01..',
    '..2021-05-31',
    '2020-12-01...2021-05-31',
    '2020-12-01..2021-05-31..2021-06-01',
    '',
    'last year',
  ])('refuses %j, showing the form expected', (text) => {
    const message = usageError(() => parseCompareRange(text)).message;
    expect(message).toMatch(/^--compare/);
    expect(message).toMatch(/YYYY-MM-DD/);
  });

  it('names the bad day and suggests the ISO form of a Latvian date', () => {
    expect(usageError(() => parseCompareRange('01.12.2020..2021-05-31')).message).toBe(
      '--compare (FROM): expected a date as YYYY-MM-DD (e.g. 2021-06-01), found "01.12.2020" (did you mean 2020-12-01?)',
    );
    expect(usageError(() => parseCompareRange('2020-12-01..2021-02-30')).message).toBe(
      '--compare (TO): "2021-02-30" is not a day of the calendar',
    );
  });

  it('refuses a range that ends before it starts', () => {
    expect(usageError(() => parseCompareRange('2021-05-31..2020-12-01')).message).toBe(
      '--compare 2021-05-31..2020-12-01: 2021-05-31 is after 2020-12-01; write the first day first (FROM..TO)',
    );
  });
});

describe('assertEarlier', () => {
  const period = { from: '2021-06-01', to: '2021-11-30' };

  it("accepts a period that ends before the report's starts", () => {
    expect(() => assertEarlier({ from: '2020-12-01', to: '2021-05-31' }, period)).not.toThrow();
  });

  it.each([
    ['2021-01-01', '2021-06-01'],
    ['2021-06-01', '2021-11-30'],
    ['2022-01-01', '2022-05-31'],
  ])('refuses %s..%s, which does not end before 2021-06-01', (from, to) => {
    expect(usageError(() => assertEarlier({ from, to }, period)).message).toBe(
      `--compare ${from}..${to} does not end before the report's period starts (2021-06-01): compare with an earlier period`,
    );
  });
});
