import { describe, expect, it } from 'vitest';
import { isoDay } from '../../src/render/format.js';

describe('isoDay', () => {
  it('is the calendar day in Riga, winter (UTC+2) and summer (UTC+3)', () => {
    expect(isoDay(new Date('2021-11-30T21:59:59Z'))).toBe('2021-11-30');
    expect(isoDay(new Date('2021-11-30T22:00:00Z'))).toBe('2021-12-01');
    expect(isoDay(new Date('2021-06-30T20:59:59Z'))).toBe('2021-06-30');
    expect(isoDay(new Date('2021-06-30T21:00:00Z'))).toBe('2021-07-01');
  });
});
