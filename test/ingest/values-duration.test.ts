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

  it.each(['1h', '90 min', '1:30'])('rejects %j as invalid, quoting it', (raw) => {
    expect(parseDuration(raw)).toEqual({
      ok: false,
      reason: 'duration.invalid',
      message: `invalid duration "${raw}" (${EXPECTED})`,
    });
  });

  it.each([
    ['abc', 'a 3-character text'],
    ['1e3', 'a 3-character text with digits'],
    ['...', 'a 3-character text'],
    ['+371 26543210', 'a 13-character text with digits'],
  ])('rejects %j as invalid, describing it', (raw, described) => {
    expect(parseDuration(raw)).toEqual({
      ok: false,
      reason: 'duration.invalid',
      message: `invalid duration [${described}] (${EXPECTED})`,
    });
  });
});
