import { describe, expect, it } from 'vitest';
import { MUCENIEKI } from '../../src/model/codes.js';
import { looksLikePlace, parseLocation } from '../../src/ingest/values/location.js';

describe('parseLocation', () => {
  it.each([
    'PMIC',
    'pmic',
    'Mucenieki',
    'MUCENIEKI',
    'PMIC Mucenieki',
    'pmic mucenieki',
    'PMIC "Mucenieki"',
    '"Mucenieki"',
    '„Mucenieki”',
    "'PMIC'",
    '  PMIC   Mucenieki ',
    'PMIC, Mucenieki',
  ])('reads %j as the accommodation centre', (raw) => {
    expect(parseLocation(raw)).toEqual({ ok: true, value: MUCENIEKI });
  });

  it('keeps other places as written, trimmed', () => {
    expect(parseLocation('  Rīga ')).toEqual({ ok: true, value: 'Rīga' });
    expect(parseLocation('Muceniekos')).toEqual({ ok: true, value: 'Muceniekos' });
    expect(parseLocation('Mucenieki, Ropažu nov.')).toEqual({
      ok: true,
      value: 'Mucenieki, Ropažu nov.',
    });
  });

  it('normalises decomposed letters to NFC, so that they print as one letter', () => {
    expect(parseLocation('Ri\u0304ga')).toEqual({ ok: true, value: 'R\u012Bga' });
    expect(parseLocation('Ju\u0304rmala')).toEqual({ ok: true, value: 'Jūrmala' });
  });

  it('reads empty as null', () => {
    expect(parseLocation('')).toEqual({ ok: true, value: null });
    expect(parseLocation('   ')).toEqual({ ok: true, value: null });
  });
});

describe('looksLikePlace', () => {
  it.each([
    'Rīga',
    'PMIC "Mucenieki"',
    'Mucenieki, Ropažu nov.',
    'Dienvidkurzemes novads',
    'Sala (Salas pagasts)',
    'Jaunjelgava',
    "Daugavpils' apkārtne",
    'Ķekava',
    'الرياض',
  ])('takes %j for a place name', (text) => {
    expect(looksLikePlace(text)).toBe(true);
  });

  it.each([
    'Anna Bērziņa +37120000001',
    '20000001',
    'anna.berzina@example.lv',
    'Brīvības iela 12-5',
    '010190-12345',
    '=HYPERLINK("http://example.lv")',
    'https://example.lv',
    'zvanīt mātei vakarā, viņa runā tikai arābu valodā un dzīvo pie drauga',
    'pie drauga kopā ar māsu un brāli',
  ])('does not take %j for a place name', (text) => {
    expect(looksLikePlace(text)).toBe(false);
  });
});
