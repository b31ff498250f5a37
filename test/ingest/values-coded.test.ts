import { describe, expect, it } from 'vitest';
import { SERVICE_LABELS } from '../../src/model/codes.js';
import {
  parseArrival,
  parseClosureReason,
  parseGender,
  parseLegalStatus,
  parseService,
  parseStaffRole,
} from '../../src/ingest/values/coded.js';

describe('parseGender', () => {
  it.each([
    ['F', 'female'],
    ['f', 'female'],
    ['female', 'female'],
    ['Female', 'female'],
    ['S', 'female'],
    ['sieviete', 'female'],
    ['Sieviete', 'female'],
    ['M', 'male'],
    ['male', 'male'],
    ['V', 'male'],
    ['v', 'male'],
    ['vīrietis', 'male'],
    ['VIRIETIS', 'male'],
    ['', 'unknown'],
    ['  ', 'unknown'],
  ])('reads %j as %s', (raw, value) => {
    expect(parseGender(raw)).toEqual({ ok: true, value });
  });

  it('rejects anything else, listing what is accepted', () => {
    expect(parseGender('X')).toEqual({
      ok: false,
      reason: 'gender.unknown',
      message:
        'unknown gender "X" (expected F, female, S, sieviete, M, male, V, vīrietis or empty)',
    });
    expect(parseGender('unknown')).toMatchObject({ ok: false, reason: 'gender.unknown' });
  });

  it('suggests the closest form', () => {
    expect(parseGender('sievete')).toMatchObject({
      message: 'unknown gender "sievete" (did you mean female (sieviete)?)',
    });
  });
});

describe('parseLegalStatus', () => {
  it.each([
    ['asylum_seeker', 'asylum_seeker'],
    ['Asylum seeker', 'asylum_seeker'],
    ['patvēruma meklētājs', 'asylum_seeker'],
    ['patveruma meklētajs', 'asylum_seeker'],
    ['PM', 'asylum_seeker'],
    ['pm', 'asylum_seeker'],
    ['refugee', 'refugee'],
    ['bēglis', 'refugee'],
    ['BEGLIS', 'refugee'],
    ['bēgļa statuss', 'refugee'],
    ['begla statuss', 'refugee'],
    ['BS', 'refugee'],
    ['alternative', 'alternative'],
    ['alternatīvais statuss', 'alternative'],
    ['AS', 'alternative'],
    ['subsidiary protection', 'alternative'],
  ])('reads %j as %s', (raw, value) => {
    expect(parseLegalStatus(raw)).toEqual({ ok: true, value });
  });

  it('is required', () => {
    expect(parseLegalStatus('')).toEqual({
      ok: false,
      reason: 'legal_status.empty',
      message:
        'missing legal status (expected asylum_seeker (PM), refugee (BS) or alternative (AS))',
    });
  });

  it('suggests on misspelling', () => {
    expect(parseLegalStatus('beglis statuss')).toMatchObject({ reason: 'legal_status.unknown' });
    expect(parseLegalStatus('refugees')).toEqual({
      ok: false,
      reason: 'legal_status.unknown',
      message: 'unknown legal status "refugees" (did you mean refugee (bēglis)?)',
    });
  });
});

describe('parseArrival', () => {
  it.each([
    ['relocation', 'relocation'],
    ['pārvietots', 'relocation'],
    ['PARVIETOTS', 'relocation'],
    ['ES pārvietošanas programma', 'relocation'],
    ['es parvietosanas programma', 'relocation'],
    ['independent', 'independent'],
    ['patstāvīgi', 'independent'],
    ['patstavigi', 'independent'],
    ['', 'unknown'],
  ])('reads %j as %s', (raw, value) => {
    expect(parseArrival(raw)).toEqual({ ok: true, value });
  });

  it('rejects anything else', () => {
    expect(parseArrival('by boat')).toEqual({
      ok: false,
      reason: 'arrival.unknown',
      message:
        'unknown arrival [a 7-character text] (expected relocation (pārvietots), independent (patstāvīgi) or empty)',
    });
    expect(parseArrival('BUS')).toMatchObject({
      message: expect.stringMatching(/^unknown arrival "BUS" /),
    });
  });
});

describe('parseStaffRole', () => {
  it.each([
    ['social_worker', 'social_worker'],
    ['Social worker', 'social_worker'],
    ['sociālais darbinieks', 'social_worker'],
    ['SOCIALAIS DARBINIEKS', 'social_worker'],
    ['SD', 'social_worker'],
    ['mentor', 'mentor'],
    ['sociālais mentors', 'mentor'],
    ['SM', 'mentor'],
    ['sm', 'mentor'],
  ])('reads %j as %s', (raw, value) => {
    expect(parseStaffRole(raw)).toEqual({ ok: true, value });
  });

  it('is required and suggests on misspelling', () => {
    expect(parseStaffRole('')).toMatchObject({ ok: false, reason: 'staff_role.empty' });
    expect(parseStaffRole('mentros')).toEqual({
      ok: false,
      reason: 'staff_role.unknown',
      message: 'unknown staff role "mentros" (did you mean mentor (sociālais mentors)?)',
    });
  });
});

describe('parseService', () => {
  it('reads every code and every full Latvian label', () => {
    for (const [code, label] of Object.entries(SERVICE_LABELS)) {
      expect(parseService(code)).toEqual({ ok: true, value: code });
      expect(parseService(code.toUpperCase())).toEqual({ ok: true, value: code });
      expect(parseService(label)).toEqual({ ok: true, value: code });
      expect(parseService(label.toUpperCase())).toEqual({ ok: true, value: code });
    }
  });

  it.each([
    ['veselības aprūpe', 'healthcare'],
    ['veselibas aprupe', 'healthcare'],
    ['humānā palīdzība', 'humanitarian_aid'],
    ['nodarbinātība', 'employment'],
    ['HUMANA PALIDZIBA (APGERBS, APAVI, SADZIVES PRIEKSMETI)', 'humanitarian_aid'],
    ['mājokļa meklēšana', 'housing'],
    ['cits atbalsts', 'other'],
  ])('reads the label %j as %s', (raw, value) => {
    expect(parseService(raw)).toEqual({ ok: true, value });
  });

  it('suggests the closest category', () => {
    expect(parseService('helthcare')).toEqual({
      ok: false,
      reason: 'service.unknown',
      message: 'unknown service "helthcare" (did you mean healthcare (veselības aprūpe)?)',
    });
    expect(parseService('majokla meklesana un ire')).toMatchObject({
      message: expect.stringContaining('did you mean housing (mājokļa meklēšana)?'),
    });
  });

  it('is required; says what is expected when nothing is close', () => {
    expect(parseService('')).toMatchObject({ ok: false, reason: 'service.empty' });
    expect(parseService('zvans')).toEqual({
      ok: false,
      reason: 'service.unknown',
      message:
        'unknown service [a 5-character text] (expected a service code such as healthcare, or its Latvian label)',
    });
  });
});

describe('parseClosureReason', () => {
  it.each([
    ['', null],
    ['left_country', 'left_country'],
    ['izbrauca no valsts', 'left_country'],
    ['returned', 'returned'],
    ['atgriezies mītnes zemē', 'returned'],
    ['ATGRIEZIES MITNES ZEME', 'returned'],
    ['refused_cooperation', 'refused_cooperation'],
    ['atteicās sadarboties', 'refused_cooperation'],
    ['plan_completed', 'plan_completed'],
    ['plāns izpildīts', 'plan_completed'],
    ['term_expired', 'term_expired'],
    ['beidzies termiņš', 'term_expired'],
    ['other', 'other'],
    ['cits', 'other'],
  ])('reads %j as %s', (raw, value) => {
    expect(parseClosureReason(raw)).toEqual({ ok: true, value });
  });

  it('suggests on misspelling', () => {
    expect(parseClosureReason('plāns izpildīt')).toEqual({
      ok: false,
      reason: 'case_closed_reason.unknown',
      message:
        'unknown closure reason "plāns izpildīt" (did you mean plan_completed (plāns izpildīts)?)',
    });
  });
});
