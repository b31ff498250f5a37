import { describe, expect, it } from 'vitest';
import { COLUMN_NAMES } from '../../src/ingest/columns.js';
import { COLUMN_PARSERS } from '../../src/ingest/values/schemas.js';

describe('COLUMN_PARSERS', () => {
  it('has a parser for every column', () => {
    expect(Object.keys(COLUMN_PARSERS)).toEqual([...COLUMN_NAMES]);
  });

  it('rejects a value with a stable reason and a message saying what was expected', () => {
    expect(COLUMN_PARSERS.duration_min('0')).toEqual({
      ok: false,
      reason: 'duration.out_of_range',
      message: 'duration "0" is out of range (expected whole minutes from 1 to 1440)',
    });
  });
});

describe('quoted values', () => {
  it('are described, not quoted, when they do not look like a value of the column', () => {
    const parsed = COLUMN_PARSERS.legal_status('bēglis\nzvanīt rīt pēc pusdienām par dzīvokli');
    expect(parsed.ok ? null : parsed.message).toBe(
      'unknown legal status [a 44-character text] (expected asylum_seeker (PM), refugee (BS) or alternative (AS))',
    );
  });
});
