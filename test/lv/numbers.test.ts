import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatPercent } from '../../src/lv/numbers.js';

const nb = (s: string) => s.replace(/ /g, '\u00A0');

describe('formatNumber', () => {
  it('groups thousands with a no-break space and uses a decimal comma', () => {
    expect(formatNumber(25000, 2)).toBe(nb('25 000,00'));
    expect(formatNumber(10.5)).toBe('10,5');
    expect(formatNumber(1234567.5, 1)).toBe(nb('1 234 567,5'));
  });
  it('prints integers without decimals unless asked', () => {
    expect(formatNumber(241)).toBe('241');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(3, 1)).toBe('3,0');
  });
  it('groups four-digit numbers too, so that table columns read alike ("1 806")', () => {
    expect(formatNumber(1806)).toBe(nb('1 806'));
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(12345)).toBe(nb('12 345'));
  });
  it('emits no narrow or ordinary spaces', () => {
    expect(formatNumber(987654321.25, 2)).not.toMatch(/[ \u202F\u2009]/);
  });
  it('refuses non-finite numbers', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
  });
});

describe('formatMoney and formatPercent', () => {
  it('puts the currency after the amount', () => {
    expect(formatMoney(25000, 'EUR')).toBe(nb('25 000,00 EUR'));
    expect(formatMoney(12.5, 'EUR')).toBe(nb('12,50 EUR'));
  });
  it('puts a space before the percent sign', () => {
    expect(formatPercent(42)).toBe(nb('42 %'));
    expect(formatPercent(85)).toBe(nb('85 %'));
    expect(formatPercent(41.67)).toBe(nb('41,7 %'));
  });
});
