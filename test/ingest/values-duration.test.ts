import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/ingest/values/duration.js';

const EXPECTED = 'expected whole minutes from 1 to 1440';

describe('parseDuration', () => {
  it.each([
    ['1', 1],
    ['45', 45],
    [' 90 ', 90],
    ['1440', 1440],
    ['060', 60],
    ['60.0', 60],
    ['60,0', 60],
  ])('reads %j as %i', (raw, minutes) => {
    expect(parseDuration(raw)).toEqual({ ok: true, value: minutes });
  });

  it('reads empty as null', () => {
    expect(parseDuration('')).toEqual({ ok: true, value: null });
  });

  it.each(['0', '1441', '-5'])('rejects %j as out of range', (raw) => {
    expect(parseDuration(raw)).toEqual({
      ok: false,
      reason: 'duration.out_of_range',
      message: `duration "${raw}" is out of range (${EXPECTED})`,
    });
  });

  it.each(['1.5', '0,5', '90.25'])('rejects %j as not whole', (raw) => {
    expect(parseDuration(raw)).toEqual({
      ok: false,
      reason: 'duration.not_whole',
      message: `duration "${raw}" is not a whole number of minutes (${EXPECTED})`,
    });
  });

  it.each(['abc', '1h', '90 min', '1:30', '1e3', ''.padEnd(3, '.')])(
    'rejects %j as invalid',
    (raw) => {
      expect(parseDuration(raw)).toEqual({
        ok: false,
        reason: 'duration.invalid',
        message: `invalid duration "${raw}" (${EXPECTED})`,
      });
    },
  );
});
