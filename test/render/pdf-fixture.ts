import { configSchema, type Config } from '../../src/config/schema.js';
import type { Narratives } from '../../src/render/pdf.js';
import type { Statistics } from '../../src/model/statistics.js';

/**
 * A hand-made statistics model shaped like the 2021 H2 report (seed 003):
 * 241 clients from 21 countries, 142 closed cases. Every figure adds up the
 * way the definitions require, so the rendered totals can be checked by hand.
 */

const COUNTRIES: [string, string, number][] = [
  ['IQ', 'Irāka', 90],
  ['AF', 'Afganistāna', 59],
  ['BY', 'Baltkrievija', 25],
  ['AZ', 'Azerbaidžāna', 15],
  ['CO', 'Kolumbija', 6],
  ['CU', 'Kuba', 5],
  ['RU', 'Krievija', 5],
  ['SY', 'Sīrija', 4],
  ['IR', 'Irāna', 4],
  ['TR', 'Turcija', 3],
  ['TJ', 'Tadžikistāna', 3],
  ['UZ', 'Uzbekistāna', 3],
  ['GE', 'Gruzija', 3],
  ['UA', 'Ukraina', 2],
  ['CM', 'Kamerūna', 2],
  ['ER', 'Eritreja', 2],
  ['PK', 'Pakistāna', 2],
  ['IN', 'Indija', 2],
  ['EG', 'Ēģipte', 2],
  ['VN', 'Vjetnama', 2],
  ['CG', 'Kongo (Brazavila)', 1],
  ['stateless', 'bezvalstnieki', 1],
];

export function sampleStatistics(): Statistics {
  return {
    schemaVersion: 1,
    period: { from: '2021-06-01', to: '2021-11-30' },
    clients: { unique: 241, new: 97, cumulative: 1688, cumulativeFrom: '2016-04-06' },
    contacts: { total: 4015, socialWorker: 1204, mentor: 2811 },
    monthly: [
      { month: '2021-06', clients: 120, contacts: 610 },
      { month: '2021-07', clients: 131, contacts: 655 },
      { month: '2021-08', clients: 140, contacts: 700 },
      { month: '2021-09', clients: 150, contacts: 720 },
      { month: '2021-10', clients: 138, contacts: 690 },
      { month: '2021-11', clients: 125, contacts: 640 },
    ],
    gender: { female: 99, male: 142, unknown: 0 },
    ageGroups: { children: 62, women: 72, men: 107, adultsUnknownGender: 0, unknownAge: 0 },
    ageBands: {
      '0-13': { female: 20, male: 25, unknown: 0 },
      '14-17': { female: 7, male: 10, unknown: 0 },
      '18-34': { female: 45, male: 70, unknown: 0 },
      '35-64': { female: 26, male: 36, unknown: 0 },
      '65+': { female: 1, male: 1, unknown: 0 },
      unknown: { female: 0, male: 0, unknown: 0 },
    },
    averageAge: { women: 31.4, men: 32.6 },
    households: { families: 38, familyMembers: 131, individuals: 110 },
    countries: [...COUNTRIES]
      .sort((a, b) => b[2] - a[2] || a[1].localeCompare(b[1], 'lv'))
      .map(([code, name, clients]) => ({ code, name, clients })),
    countryCount: 21,
    legalStatus: { asylum_seeker: 150, refugee: 40, alternative: 51 },
    arrival: { relocation: 0, independent: 236, unknown: 5 },
    locations: [
      { name: 'PMIC "Mucenieki"', clients: 171 },
      { name: 'Rīga', clients: 52 },
      { name: 'Jelgava', clients: 8 },
      { name: 'Jūrmala', clients: 6 },
      { name: 'Ķekavas novads', clients: 4 },
    ],
    services: [
      { code: 'basic_needs', contacts: 820, clients: 198 },
      { code: 'humanitarian_aid', contacts: 410, clients: 176 },
      { code: 'language_course', contacts: 150, clients: 61 },
      { code: 'education', contacts: 95, clients: 33 },
      { code: 'healthcare', contacts: 530, clients: 140 },
      { code: 'employment', contacts: 120, clients: 38 },
      { code: 'housing', contacts: 210, clients: 52 },
      { code: 'documents', contacts: 640, clients: 187 },
      { code: 'institutions', contacts: 480, clients: 150 },
      { code: 'legal', contacts: 90, clients: 41 },
      { code: 'psychosocial', contacts: 260, clients: 97 },
      { code: 'daily_skills', contacts: 180, clients: 72 },
      { code: 'other', contacts: 30, clients: 4 },
    ],
    closures: {
      total: 142,
      byReason: {
        left_country: 109,
        returned: 24,
        refused_cooperation: 7,
        plan_completed: 0,
        term_expired: 0,
        other: 2,
      },
    },
    staff: { socialWorkers: 2, mentors: 12, mentorsPerMonthAverage: 10.2 },
    billing: { clientMonths: 804, ratePerClientMonth: 45.5, amount: 36582, currency: 'EUR' },
    eligibility: {
      contactsChecked: 3500,
      contactsOutside: 12,
      clientsOutside: 3,
      byRule: { asylumSeeker: 9, statusHolder: 3 },
      examples: [
        {
          file: 'kontakti-2021.csv',
          line: 118,
          date: '2021-07-14',
          rule: 'asylumSeeker',
          daysOutside: 12,
        },
        {
          file: 'kontakti-2021.csv',
          line: 2051,
          date: '2021-10-02',
          rule: 'statusHolder',
          daysOutside: 5,
        },
      ],
    },
    comparison: {
      period: { from: '2020-12-01', to: '2021-05-31' },
      coverage: 'full',
      figures: {
        clients: { unique: 342, new: 150 },
        contacts: { total: 3000 },
        gender: { female: 140, male: 202, unknown: 0 },
        ageGroups: { children: 100, women: 100, men: 142, adultsUnknownGender: 0, unknownAge: 0 },
        averageAge: { women: 31, men: 32 },
        countries: [{ code: 'IQ', name: 'Irāka', clients: 120 }],
        closures: { total: 142 },
      },
      change: {
        clients: {
          unique: { difference: -101, percent: -29.5 },
          new: { difference: 30, percent: 20 },
        },
        contacts: { total: { difference: 1015, percent: 33.8 } },
        averageAge: { women: 0.4, men: 0.5 },
        closures: { total: { difference: 0, percent: 0 } },
      },
      series: [
        { from: '2020-12-01', to: '2021-05-31', clients: 342 },
        { from: '2021-06-01', to: '2021-11-30', clients: 241 },
      ],
    },
    suppressBelow: null,
    dataQuality: {
      files: [
        { name: 'kontakti-2021-1.csv', sha256: 'a'.repeat(64), rows: 2100 },
        { name: 'kontakti-2021-2.csv', sha256: '0123456789abcdef'.repeat(4), rows: 2000 },
      ],
      rowsRead: 4100,
      rowsValid: 4060,
      rowsInvalid: {
        total: 40,
        byReason: [
          { reason: 'date.invalid', count: 25 },
          { reason: 'citizenship.unknown', count: 15 },
        ],
      },
      duplicatesRemoved: 45,
      warnings: [
        { type: 'client.attributeConflict', count: 3 },
        { type: 'column.unknown', count: 1 },
      ],
    },
  };
}

export function sampleConfig(overrides: Record<string, unknown> = {}): Config {
  return configSchema.parse({
    contract: { number: 'S-SIF-2021-7', date: '2021-05-21' },
    contacts: [
      {
        name: 'Anna Paraugs',
        role: 'Projekta vadītāja',
        organisation: 'Biedrība "Latvijas Sarkanais Krusts"',
        phone: '20000000',
        email: 'anna.paraugs@example.lv',
      },
      {
        name: 'Jānis Piemērs',
        role: 'Programmas koordinators',
        organisation: 'Sabiedrības integrācijas fonds',
        phone: '60000000',
        email: 'janis.piemers@example.lv',
      },
    ],
    billing: { ratePerClientMonth: 45.5 },
    ...overrides,
  });
}

/** Narratives as `renderNarratives` would give them: paragraphs separated by blank lines. */
export function sampleNarratives(): Narratives {
  return {
    summary:
      'Laika posmā no 2021. gada 1. jūnija līdz 2021. gada 30. novembrim apkalpots 241 klients; ' +
      'pakalpojuma nodrošināšanā iesaistīti 2 sociālie darbinieki un vidēji 10 sociālie mentori.\n\n' +
      'Palīdzība sniegta 99 sievietēm un 142 vīriešiem. Ģimenes, ķēķis, ļoti, ņemot, žēl, čaklas: ĀČĒĢĪĶĻŅŠŪŽ.',
    comparison: 'Klientu skaits samazinājies no 342 līdz 241 (−30 %).',
    monthly: 'Visvairāk klientu bija 2021. gada septembrī (150).',
    portrait: 'Sieviešu vidējais vecums ir 31,4 gadi, vīriešu – 32,6 gadi.',
    countries:
      'Kopumā klienti nākuši no 21 valsts, visvairāk no Irākas (90), Afganistānas (59), Baltkrievijas (25), Azerbaidžānas (15), Kolumbijas (6).',
    status: 'Lielākā daļa klientu bija patvēruma meklētāji.',
    services: 'Visbiežāk sniegtais atbalsts bija pamatvajadzību apzināšana un nodrošināšana.',
    closures: 'Tika slēgtas 142 klientu lietas.',
    locations: 'Lielākā daļa klientu dzīvoja PMIC "Mucenieki".',
    staff: 'Pakalpojumu nodrošināja 2 sociālie darbinieki un vidēji 10 sociālie mentori.',
    billing: 'Samaksa tiek veikta, balstoties uz faktiski apkalpoto klientu skaitu.',
    quality: 'Nolasītas 4100 rindas, no tām derīgas 4060.',
  };
}
