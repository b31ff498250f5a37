import { describe, expect, it } from 'vitest';
import { optionalId, parseClientId } from '../../src/ingest/values/ids.js';
import { showCell } from '../../src/ingest/values/shown.js';

describe('ids', () => {
  it('trims a client id and keeps its case', () => {
    expect(parseClientId('  Ab-12 ')).toEqual({ ok: true, value: 'Ab-12' });
  });

  it('refuses an empty client id without quoting anything', () => {
    expect(parseClientId(' \t ')).toEqual({
      ok: false,
      reason: 'client_id.empty',
      message: 'must not be empty',
    });
  });

  it('takes empty optional ids as null', () => {
    expect(optionalId('family_id')('')).toEqual({ ok: true, value: null });
    expect(optionalId('family_id')(' F7 ')).toEqual({ ok: true, value: 'F7' });
  });

  it('refuses an Excel error value, which would make every such row one client, family or contact', () => {
    expect(parseClientId(' #N/A ')).toEqual({
      ok: false,
      reason: 'client_id.excel_error',
      message:
        'holds Excel\'s error value "#N/A" (a formula failed), not an id: fix the formula, or paste the ids in as values',
    });
    for (const column of ['family_id', 'staff_id', 'contact_id'] as const) {
      for (const error of ['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NAME?', '#VĒRTĪBA!']) {
        expect(optionalId(column)(error)).toMatchObject({
          ok: false,
          reason: `${column}.excel_error`,
        });
      }
    }
    // Ids that merely start with # or end with ! are ids.
    expect(parseClientId('#12')).toEqual({ ok: true, value: '#12' });
    expect(optionalId('family_id')('G-1!')).toEqual({ ok: true, value: 'G-1!' });
  });
});

describe('an Excel error value in a message', () => {
  it('is quoted and named as one, in a column of any kind', () => {
    expect(showCell('#N/A', 'code')).toBe('"#N/A" (Excel\'s error value: a formula failed)');
    expect(showCell(' #VALUE! ', 'date')).toBe(
      '"#VALUE!" (Excel\'s error value: a formula failed)',
    );
  });
});
