import { describe, expect, it } from 'vitest';
import { parseCitizenship } from '../../src/ingest/values/countries.js';
import { countryNameLv } from '../../src/lv/countries.js';

describe('parseCitizenship', () => {
  it.each([
    ['IQ', 'IQ'],
    ['iq', 'IQ'],
    ['IRQ', 'IQ'],
    ['irq', 'IQ'],
    ['Irāka', 'IQ'],
    ['IRAKA', 'IQ'],
    ['iraka', 'IQ'],
    ['Iraq', 'IQ'],
    [' Iraq ', 'IQ'],
    ['Sīrija', 'SY'],
    ['Sirija', 'SY'],
    ['Syria', 'SY'],
    ['Syrian Arab Republic', 'SY'],
    ['SYR', 'SY'],
    ['Afganistāna', 'AF'],
    ['AFGANISTANA', 'AF'],
    ['Afghanistan', 'AF'],
    ['Krievija', 'RU'],
    ['Russian Federation', 'RU'],
    ['Eritreja', 'ER'],
    ['Ukraina', 'UA'],
    ['Baltkrievija', 'BY'],
    ['Vācija', 'DE'],
    ['Ivory Coast', 'CI'],
    ['Cote d’Ivoire', 'CI'],
    ['Kotdivuāra', 'CI'],
    ['Mjanma', 'MM'],
    ['ASV', 'US'],
    ['U.S.A.', 'US'],
    ['UK', 'GB'],
    ['Lielbritānija', 'GB'],
  ])('reads %j as %s', (raw, code) => {
    expect(parseCitizenship(raw)).toEqual({ ok: true, value: code });
  });

  it.each([
    'stateless',
    'Stateless',
    'bezvalstnieks',
    'BEZVALSTNIEKS',
    'bezvalstniece',
    'XX',
    'xx',
    'XXA',
  ])('reads %j as stateless', (raw) => {
    expect(parseCitizenship(raw)).toEqual({ ok: true, value: 'stateless' });
  });

  it('reads empty as unknown', () => {
    expect(parseCitizenship('')).toEqual({ ok: true, value: 'unknown' });
    expect(parseCitizenship('  ')).toEqual({ ok: true, value: 'unknown' });
  });

  it('suggests the closest known name (the example of docs/input-format.md)', () => {
    expect(parseCitizenship('Irakk')).toEqual({
      ok: false,
      reason: 'citizenship.unknown',
      message: 'unknown country "Irakk" (did you mean Irāka (IQ)?)',
    });
  });

  it('suggests across Latvian and English names', () => {
    expect(parseCitizenship('Afganistan')).toMatchObject({
      message: 'unknown country "Afganistan" (did you mean Afganistāna (AF)?)',
    });
    expect(parseCitizenship('Germny')).toMatchObject({
      message: 'unknown country "Germny" (did you mean Vācija (DE)?)',
    });
  });

  it('asks which country an ambiguous name means', () => {
    expect(parseCitizenship('Congo')).toEqual({
      ok: false,
      reason: 'citizenship.ambiguous',
      message:
        'ambiguous country "Congo" (did you mean Kongo (Kinšasa) (CD) or Kongo (Brazavila) (CG)?)',
    });
  });

  it('says what is expected when nothing is close', () => {
    expect(parseCitizenship('Atlantīda')).toEqual({
      ok: false,
      reason: 'citizenship.unknown',
      message:
        'unknown country [a 9-character text] (expected an ISO code such as IQ or IRQ, a country name in Latvian or English, or stateless)',
    });
    // Unassigned codes are not countries, and two letters are too few to guess from.
    expect(parseCitizenship('QQ')).toMatchObject({ reason: 'citizenship.unknown' });
    expect(parseCitizenship('QQ')).toMatchObject({
      message: expect.stringContaining('expected an ISO code'),
    });
  });

  it('cuts a long value short in the message', () => {
    const result = parseCitizenship('x'.repeat(200));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeLessThan(200);
  });
});

describe('countryNameLv', () => {
  it('gives the Latvian name', () => {
    expect(countryNameLv('IQ')).toBe('Irāka');
    expect(countryNameLv('SY')).toBe('Sīrija');
  });
});
