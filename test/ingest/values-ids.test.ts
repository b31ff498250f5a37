import { describe, expect, it } from 'vitest';
import { parseClientId, parseOptionalId } from '../../src/ingest/values/ids.js';

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
    expect(parseOptionalId('')).toEqual({ ok: true, value: null });
    expect(parseOptionalId(' F7 ')).toEqual({ ok: true, value: 'F7' });
  });
});
