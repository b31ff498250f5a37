import { describe, expect, it } from 'vitest';
import { generationDate } from '../../src/cli/generation-date.js';
import { UserError } from '../../src/errors.js';

describe('generationDate', () => {
  const now = new Date('2026-11-23T10:00:00Z');

  it('is now without SOURCE_DATE_EPOCH, and the epoch when it is set', () => {
    expect(generationDate({}, now)).toBe(now);
    expect(generationDate({ SOURCE_DATE_EPOCH: '' }, now)).toBe(now);
    expect(generationDate({ SOURCE_DATE_EPOCH: '1638316800' }, now).toISOString()).toBe(
      '2021-12-01T00:00:00.000Z',
    );
  });

  it('takes the last second of 9999 in Riga', () => {
    expect(generationDate({ SOURCE_DATE_EPOCH: '253402293599' }, now).toISOString()).toBe(
      '9999-12-31T21:59:59.000Z',
    );
  });

  it('refuses what is not whole seconds up to the year 9999 (usage error)', () => {
    // 253402300799 is 9999-12-31 23:59:59 UTC, already 1 January 10000 in Riga, where the report is dated.
    for (const value of ['abc', '1.5', '-1', '99999999999999', '253402300799']) {
      const error = (() => {
        try {
          return generationDate({ SOURCE_DATE_EPOCH: value }, now);
        } catch (e) {
          return e;
        }
      })();
      expect(error, value).toBeInstanceOf(UserError);
      expect((error as UserError).exitCode).toBe(2);
      expect((error as UserError).message).toContain(`found "${value}"`);
    }
  });
});
