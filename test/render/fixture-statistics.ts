import type { Statistics } from '../../src/model/statistics.js';

/**
 * A hand-made statistics model with the figures of the published 2021 H2
 * report (241 clients, 99 women, 142 men, 21 countries, 142 closures …); the
 * figures the seed does not give are invented but consistent (sums agree).
 */
export function seedStatistics(): Statistics {
  const zero = { female: 0, male: 0, unknown: 0 };
  return {
    schemaVersion: 1,
    period: { from: '2021-06-01', to: '2021-11-30' },
    clients: { unique: 241, new: 180, cumulative: 1500, cumulativeFrom: '2016-04-06' },
    contacts: { total: 3120, socialWorker: 820, mentor: 2300 },
    monthly: [
      { month: '2021-06', clients: 120, contacts: 500 },
      { month: '2021-07', clients: 130, contacts: 520 },
      { month: '2021-08', clients: 111, contacts: 480 },
      { month: '2021-09', clients: 101, contacts: 470 },
      { month: '2021-10', clients: 134, contacts: 550 },
      { month: '2021-11', clients: 168, contacts: 600 },
    ],
    gender: { female: 99, male: 142, unknown: 0 },
    ageGroups: { children: 60, women: 71, men: 110, adultsUnknownGender: 0, unknownAge: 0 },
    ageBands: {
      '0-13': { female: 20, male: 25, unknown: 0 },
      '14-17': { female: 8, male: 7, unknown: 0 },
      '18-34': { female: 50, male: 70, unknown: 0 },
      '35-64': { female: 21, male: 40, unknown: 0 },
      '65+': zero,
      unknown: zero,
    },
    averageAge: { women: 31, men: 32.5 },
    households: { families: 20, familyMembers: 75, individuals: 166 },
    countries: [
      ['IQ', 'Irāka', 90],
      ['AF', 'Afganistāna', 59],
      ['BY', 'Baltkrievija', 25],
      ['AZ', 'Azerbaidžāna', 15],
      ['CO', 'Kolumbija', 6],
      ['CU', 'Kuba', 4],
      ['RU', 'Krievija', 4],
      ['SY', 'Sīrija', 4],
      ['AM', 'Armēnija', 3],
      ['GE', 'Gruzija', 3],
      ['IR', 'Irāna', 3],
      ['PK', 'Pakistāna', 3],
      ['TJ', 'Tadžikistāna', 3],
      ['TR', 'Turcija', 3],
      ['UA', 'Ukraina', 3],
      ['UZ', 'Uzbekistāna', 3],
      ['stateless', 'bezvalstnieki', 2],
      ['EG', 'Ēģipte', 2],
      ['IN', 'Indija', 2],
      ['VN', 'Vjetnama', 2],
      ['ER', 'Eritreja', 1],
      ['NG', 'Nigērija', 1],
    ].map(([code, name, clients]) => ({
      code: code as string,
      name: name as string,
      clients: clients as number,
    })),
    countryCount: 21,
    legalStatus: { asylum_seeker: 150, refugee: 60, alternative: 31 },
    arrival: { relocation: 0, independent: 241, unknown: 0 },
    locations: [
      { name: 'PMIC "Mucenieki"', clients: 180 },
      { name: 'Rīga', clients: 50 },
      { name: 'Jelgava', clients: 11 },
    ],
    services: [
      { code: 'healthcare', contacts: 400, clients: 150 },
      { code: 'documents', contacts: 900, clients: 200 },
      { code: 'institutions', contacts: 600, clients: 150 },
      { code: 'psychosocial', contacts: 90, clients: 41 },
    ],
    closures: {
      total: 142,
      byReason: {
        left_country: 109,
        returned: 24,
        refused_cooperation: 7,
        plan_completed: 0,
        term_expired: 2,
        other: 0,
      },
    },
    staff: { socialWorkers: 2, mentors: 12, mentorsPerMonthAverage: 10 },
    billing: null,
    eligibility: null,
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
        contacts: { total: { difference: 120, percent: 4 } },
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
        { name: 'a.csv', sha256: 'a'.repeat(64), rows: 1600 },
        { name: 'b.csv', sha256: 'b'.repeat(64), rows: 1600 },
      ],
      rowsRead: 3200,
      rowsValid: 3150,
      rowsInvalid: { total: 50, byReason: [{ reason: 'date.invalid', count: 50 }] },
      duplicatesRemoved: 30,
      warnings: [{ type: 'eligibility', count: 3 }],
    },
  };
}

/** The same report for a period in which nobody was served: every count zero, every list empty. */
export function withNobodyServed(stats: Statistics): Statistics {
  const zero = { female: 0, male: 0, unknown: 0 };
  return {
    ...stats,
    clients: { unique: 0, new: 0, cumulative: 0, cumulativeFrom: null },
    contacts: { total: 0, socialWorker: 0, mentor: 0 },
    monthly: stats.monthly.map((entry) => ({ ...entry, clients: 0, contacts: 0 })),
    gender: zero,
    ageGroups: { children: 0, women: 0, men: 0, adultsUnknownGender: 0, unknownAge: 0 },
    ageBands: Object.fromEntries(
      Object.keys(stats.ageBands).map((band) => [band, zero]),
    ) as Statistics['ageBands'],
    averageAge: { women: null, men: null },
    households: { families: 0, familyMembers: 0, individuals: 0 },
    countries: [],
    countryCount: 0,
    legalStatus: { asylum_seeker: 0, refugee: 0, alternative: 0 },
    arrival: { relocation: 0, independent: 0, unknown: 0 },
    locations: [],
    services: [],
    closures: {
      total: 0,
      byReason: {
        left_country: 0,
        returned: 0,
        refused_cooperation: 0,
        plan_completed: 0,
        term_expired: 0,
        other: 0,
      },
    },
    staff: null,
    billing: null,
    eligibility: null,
    comparison: {
      period: { from: '2020-12-01', to: '2021-05-31' },
      coverage: 'none',
      figures: null,
      change: null,
      series: [{ from: '2021-06-01', to: '2021-11-30', clients: 0 }],
    },
  };
}

/** A period in which nothing happened, read from a one-row export. */
export function emptyStatistics(): Statistics {
  return {
    ...withNobodyServed(seedStatistics()),
    dataQuality: {
      files: [{ name: 'a.csv', sha256: 'a'.repeat(64), rows: 1 }],
      rowsRead: 1,
      rowsValid: 1,
      rowsInvalid: { total: 0, byReason: [] },
      duplicatesRemoved: 0,
      warnings: [],
    },
  };
}
