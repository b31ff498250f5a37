import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COLUMN_NAMES } from '../../src/ingest/columns.js';
import { COLUMN_SCHEMAS, issuesToProblems } from '../../src/ingest/values/schemas.js';

describe('COLUMN_SCHEMAS', () => {
  it('has a schema for every column', () => {
    expect(Object.keys(COLUMN_SCHEMAS)).toEqual([...COLUMN_NAMES]);
  });

  it('turns a rejected value into a custom issue carrying the reason', () => {
    const result = COLUMN_SCHEMAS.duration_min.safeParse('0');
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([
      {
        code: 'custom',
        message: 'duration "0" is out of range (expected whole minutes from 1 to 1440)',
        params: { reason: 'duration.out_of_range' },
      },
    ]);
  });
});

describe('issuesToProblems', () => {
  it('locates each issue by file, line and column', () => {
    const issues = COLUMN_SCHEMAS.gender.safeParse('Q').error?.issues ?? [];
    expect(issuesToProblems(issues, { file: 'a.csv', line: 4, column: 'gender' })).toEqual([
      {
        file: 'a.csv',
        line: 4,
        column: 'gender',
        reason: 'gender.unknown',
        message:
          'unknown gender "Q" (expected F, female, S, sieviete, M, male, V, vīrietis or empty)',
      },
    ]);
  });

  it('takes the column from the issue path when there is one', () => {
    const schema = z.object({ service: COLUMN_SCHEMAS.service });
    const issues = schema.safeParse({ service: '' }).error?.issues ?? [];
    expect(issuesToProblems(issues, { file: 'a.csv', line: 2 })).toMatchObject([
      { column: 'service', reason: 'service.empty' },
    ]);
  });

  it("never passes on zod's own messages, which may quote the value", () => {
    const issues = COLUMN_SCHEMAS.client_id.safeParse(12345).error?.issues ?? [];
    expect(issuesToProblems(issues, { file: 'a.csv', line: 2, column: 'client_id' })).toEqual([
      {
        file: 'a.csv',
        line: 2,
        column: 'client_id',
        reason: 'client_id.invalid',
        message: 'invalid value',
      },
    ]);
  });
});

describe('quoted values', () => {
  it('stay on one line and are cut short', () => {
    const issues = COLUMN_SCHEMAS.legal_status.safeParse(
      'bēglis\nzvanīt rīt pēc pusdienām par dzīvokli',
    ).error?.issues;
    expect(issues?.[0]?.message).toBe(
      'unknown legal status "bēglis zvanīt rīt pēc pusdienām par dzī…" (expected asylum_seeker (PM), refugee (BS) or alternative (AS))',
    );
  });
});
