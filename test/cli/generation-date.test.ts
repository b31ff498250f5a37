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

  it('refuses what is not whole seconds up to the year 9999 (usage error)', () => {
    for (const value of ['abc', '1.5', '-1', '99999999999999']) {
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
