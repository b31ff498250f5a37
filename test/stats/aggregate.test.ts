import { describe, expect, it } from 'vitest';
import { Aggregator } from '../../src/stats/aggregate.js';
import type { Contact } from '../../src/model/contact.js';
import type { Statistics } from '../../src/model/statistics.js';
import { serializeStatistics } from '../../src/stats/serialize.js';
import { config, contact, dataQuality, profilesOf } from './fixtures.js';

function aggregate(
  contacts: Contact[],
  period: { from: string; to: string },
  configInput: Record<string, unknown> = {},
  files?: string[],
): Statistics {
  const aggregator = new Aggregator({ config: config(configInput), periods: [{ period }] });
  for (const c of contacts) aggregator.add(c);
  return aggregator.finish(profilesOf(contacts), dataQuality(files))[0]!;
}

/*
 * A hand-made input for June–July 2021. Every expected figure below is worked
 * out from this table, not copied from the program's output.
 *
 *  client  gender  born        citizenship  family  arrival      contacts (date role staff service status location)
 *  A       F       1980-03-10  IQ           F1      relocation   05-20 SW s3 basic_needs (before the period)
 *                                                                06-01 M m1 housing  asylum_seeker Mucenieki (arrived 02-15)
 *                                                                07-15 M m2 housing  refugee Rīga (status 06-20)
 *  B       M       2003-07-31  IQ           F1      relocation   07-31 SW s1 documents refugee Rīga, closes: plan_completed (status 2020-07-30), file 2
 *  C       F       2010-01-01  AF           F2      independent  06-30 M m1 education asylum_seeker Mucenieki (arrived 05-31)
 *  D       ?       ?           stateless    F3      ?            06-15 SW s2 other alternative (no location)
 *  E       M       1990-01-01  SY           F3      ?            08-05 (after the period)
 *  G       M       1950-06-01  ?            –       ?            2020-12-01 SW (before), 06-10 M m2 housing refugee Jelgava,
 *                                                                06-10 M m1 healthcare alternative Rīga (same day, later row)
 */
function exampleContacts(): Contact[] {
  const A = {
    clientId: 'A',
    gender: 'female',
    birthDate: '1980-03-10',
    citizenship: 'IQ',
    familyId: 'F1',
    arrival: 'relocation',
  } as const;
  const B = {
    clientId: 'B',
    gender: 'male',
    birthDate: '2003-07-31',
    citizenship: 'IQ',
    familyId: 'F1',
    arrival: 'relocation',
  } as const;
  const C = {
    clientId: 'C',
    gender: 'female',
    birthDate: '2010-01-01',
    citizenship: 'AF',
    familyId: 'F2',
    arrival: 'independent',
  } as const;
  const D = { clientId: 'D', citizenship: 'stateless', familyId: 'F3' } as const;
  const E = {
    clientId: 'E',
    gender: 'male',
    birthDate: '1990-01-01',
    citizenship: 'SY',
    familyId: 'F3',
  } as const;
  const G = { clientId: 'G', gender: 'male', birthDate: '1950-06-01' } as const;
  return [
    contact({ ...G, date: '2020-12-01', seq: 0, staffId: 's3' }),
    contact({ ...A, date: '2021-05-20', seq: 1, staffId: 's3', service: 'basic_needs' }),
    contact({
      ...A,
      date: '2021-06-01',
      seq: 2,
      staffId: 'm1',
      staffRole: 'mentor',
      service: 'housing',
      legalStatus: 'asylum_seeker',
      location: 'PMIC "Mucenieki"',
      arrivalDate: '2021-02-15',
    }),
    contact({
      ...A,
      date: '2021-07-15',
      seq: 3,
      staffId: 'm2',
      staffRole: 'mentor',
      service: 'housing',
      legalStatus: 'refugee',
      location: 'Rīga',
      arrivalDate: '2021-02-15',
      statusDate: '2021-06-20',
    }),
    contact({
      ...C,
      date: '2021-06-30',
      seq: 4,
      staffId: 'm1',
      staffRole: 'mentor',
      service: 'education',
      legalStatus: 'asylum_seeker',
      location: 'PMIC "Mucenieki"',
      arrivalDate: '2021-05-31',
    }),
    contact({ ...D, date: '2021-06-15', seq: 5, staffId: 's2', legalStatus: 'alternative' }),
    contact({ ...E, date: '2021-08-05', seq: 6, staffId: 's1' }),
    contact({
      ...G,
      date: '2021-06-10',
      seq: 7,
      staffId: 'm2',
      staffRole: 'mentor',
      service: 'housing',
      location: 'Jelgava',
    }),
    contact({
      ...G,
      date: '2021-06-10',
      seq: 8,
      staffId: 'm1',
      staffRole: 'mentor',
      service: 'healthcare',
      legalStatus: 'alternative',
      location: 'Rīga',
    }),
    contact({
      ...B,
      date: '2021-07-31',
      seq: 9,
      source: { file: 1, line: 3 },
      staffId: 's1',
      service: 'documents',
      closureReason: 'plan_completed',
      statusDate: '2020-07-30',
      location: 'Rīga',
    }),
  ];
}

describe('Aggregator on a hand-made input', () => {
  const period = { from: '2021-06-01', to: '2021-07-31' };
  const stats = aggregate(
    exampleContacts(),
    period,
    { billing: { ratePerClientMonth: 30.5 }, suppressBelow: 3 },
    ['a.csv', 'b.csv'],
  );

  it('counts clients: served, new and cumulative', () => {
    // Served: A B C D G. New: B C D (A and G had earlier contacts). Cumulative: everyone
    // with a contact up to 07-31 from the earliest contact (G, 2020-12-01): A B C D G.
    expect(stats.clients).toEqual({
      unique: 5,
      new: 3,
      cumulative: 5,
      cumulativeFrom: '2020-12-01',
    });
  });

  it('counts contacts by role and month', () => {
    // In the period: A×2 M, B SW, C M, D SW, G×2 M.
    expect(stats.contacts).toEqual({ total: 7, socialWorker: 2, mentor: 5 });
    expect(stats.monthly).toEqual([
      { month: '2021-06', clients: 4, contacts: 5 }, // A C D G; G twice
      { month: '2021-07', clients: 2, contacts: 2 }, // A B
    ]);
  });

  it('describes the people by gender and age on the last day', () => {
    expect(stats.gender).toEqual({ female: 2, male: 2, unknown: 1 });
    // A 41, B turns 18 on 07-31, C 11, D unknown, G 71.
    expect(stats.ageGroups).toEqual({
      children: 1,
      women: 1,
      men: 2,
      adultsUnknownGender: 0,
      unknownAge: 1,
    });
    const none = { female: 0, male: 0, unknown: 0 };
    expect(stats.ageBands).toEqual({
      '0-13': { ...none, female: 1 },
      '14-17': none,
      '18-34': { ...none, male: 1 },
      '35-64': { ...none, female: 1 },
      '65+': { ...none, male: 1 },
      unknown: { ...none, unknown: 1 },
    });
    expect(stats.averageAge).toEqual({ women: 41, men: 44.5 });
    expect(stats.arrival).toEqual({ relocation: 2, independent: 1, unknown: 2 });
  });

  it('finds families among served clients only', () => {
    // F1: A and B. F2: C alone. F3: D served, E not (only after the period).
    expect(stats.households).toEqual({ families: 1, familyMembers: 2, individuals: 3 });
  });

  it('lists countries by clients, then by Latvian name', () => {
    expect(stats.countries).toEqual([
      { code: 'IQ', name: 'Irāka', clients: 2 },
      { code: 'AF', name: 'Afganistāna', clients: 1 },
      { code: 'stateless', name: 'Bezvalstnieki', clients: 1 },
      { code: 'unknown', name: 'Nav zināma', clients: 1 },
    ]);
    expect(stats.countryCount).toBe(2);
  });

  it('takes status and location from the latest contact in the period', () => {
    // A refugee (07-15); B refugee; C asylum seeker; D alternative; G alternative (later row of 06-10).
    expect(stats.legalStatus).toEqual({ asylum_seeker: 1, refugee: 2, alternative: 2 });
    expect(stats.locations).toEqual([
      { name: 'Rīga', clients: 3 },
      { name: 'Nav zināma', clients: 1 },
      { name: 'PMIC "Mucenieki"', clients: 1 },
    ]);
  });

  it('counts one place however its name is spelt, shown as most clients spell it', () => {
    const june = { from: '2021-06-01', to: '2021-06-30' };
    const at = (clientId: string, location: string) =>
      contact({ date: '2021-06-10', clientId, location });
    const places = aggregate(
      [at('A', 'Rīga'), at('B', 'RĪGA'), at('C', 'riga'), at('D', 'Rīga'), at('E', 'Ogre')],
      june,
    ).locations;
    expect(places).toEqual([
      { name: 'Rīga', clients: 4 },
      { name: 'Ogre', clients: 1 },
    ]);
  });

  it('counts services, most contacts first, and closures', () => {
    expect(stats.services).toEqual([
      { code: 'housing', contacts: 3, clients: 2 },
      { code: 'education', contacts: 1, clients: 1 },
      { code: 'healthcare', contacts: 1, clients: 1 },
      { code: 'documents', contacts: 1, clients: 1 },
      { code: 'other', contacts: 1, clients: 1 },
    ]);
    expect(stats.closures).toEqual({
      total: 1,
      byReason: {
        left_country: 0,
        returned: 0,
        refused_cooperation: 0,
        plan_completed: 1,
        term_expired: 0,
        other: 0,
      },
    });
  });

  it('counts staff in the period and mentors per month', () => {
    // SW s1 s2 (s3 only before). Mentors m1 m2; June m1 m2, July m2: (2 + 1) / 2.
    expect(stats.staff).toEqual({ socialWorkers: 2, mentors: 2, mentorsPerMonthAverage: 1.5 });
  });

  it('bills client-months', () => {
    expect(stats.billing).toEqual({
      clientMonths: 6,
      ratePerClientMonth: 30.5,
      amount: 183,
      currency: 'EUR',
    });
  });

  it('checks contacts against the service windows', () => {
    // A 06-01 as asylum seeker, arrived 02-15: window to 05-15, 17 days late.
    // A 07-15 refugee since 06-20: inside. C arrived 05-31: inside.
    // B refugee since 2020-07-30: window to 2021-07-30, contact 07-31 one day late.
    expect(stats.eligibility).toEqual({
      contactsChecked: 4,
      contactsOutside: 2,
      clientsOutside: 2,
      byRule: { asylumSeeker: 1, statusHolder: 1 },
      examples: [
        { file: 'a.csv', line: 4, date: '2021-06-01', rule: 'asylumSeeker', daysOutside: 17 },
        { file: 'b.csv', line: 3, date: '2021-07-31', rule: 'statusHolder', daysOutside: 1 },
      ],
    });
  });

  it('copies the suppression threshold and the data-quality block', () => {
    expect(stats.suppressBelow).toBe(3);
    expect(stats.dataQuality).toEqual(dataQuality(['a.csv', 'b.csv']));
  });

  it('serializes without client or staff ids', () => {
    const json = serializeStatistics(stats);
    for (const id of ['"A"', '"B"', '"F1"', '"s1"', '"m1"']) expect(json).not.toContain(id);
  });
});

describe('Aggregator edge cases', () => {
  it('counts the distinct clients of each earlier period for the series', () => {
    const stats = aggregate(
      [
        contact({ clientId: 'A', date: '2021-01-04' }),
        contact({ clientId: 'A', date: '2021-01-28' }),
        contact({ clientId: 'B', date: '2021-01-31' }),
        contact({ clientId: 'B', date: '2021-02-01' }),
        contact({ clientId: 'C', date: '2021-03-15' }),
        contact({ clientId: 'A', date: '2021-03-16' }),
        contact({ clientId: 'D', date: '2021-04-02' }), // after the period: in no bar
      ],
      { from: '2021-03-01', to: '2021-03-31' },
    );
    // January is the first month the exports cover in full (from its first day, as
    // exports are monthly), so the series starts there.
    expect(stats.comparison.series).toEqual([
      { from: '2021-01-01', to: '2021-01-31', clients: 2 },
      { from: '2021-02-01', to: '2021-02-28', clients: 1 },
      { from: '2021-03-01', to: '2021-03-31', clients: 2 },
    ]);
  });

  it('gives every month of the period, even empty ones, across a year boundary', () => {
    const stats = aggregate([contact({ clientId: 'A', date: '2022-01-31' })], {
      from: '2021-11-15',
      to: '2022-02-03',
    });
    expect(stats.monthly).toEqual([
      { month: '2021-11', clients: 0, contacts: 0 },
      { month: '2021-12', clients: 0, contacts: 0 },
      { month: '2022-01', clients: 1, contacts: 1 },
      { month: '2022-02', clients: 0, contacts: 0 },
    ]);
  });

  it('counts contacts on the first and last day, and none outside', () => {
    const contacts = [
      contact({ clientId: 'A', date: '2021-06-09' }),
      contact({ clientId: 'B', date: '2021-06-10' }),
      contact({ clientId: 'C', date: '2021-06-20' }),
      contact({ clientId: 'D', date: '2021-06-21' }),
    ];
    const stats = aggregate(contacts, { from: '2021-06-10', to: '2021-06-20' });
    expect(stats.clients.unique).toBe(2);
    expect(stats.monthly).toEqual([{ month: '2021-06', clients: 2, contacts: 2 }]);
    // Cumulative from the earliest contact (06-09) to 06-20: A B C.
    expect(stats.clients).toMatchObject({ cumulative: 3, cumulativeFrom: '2021-06-09' });
  });

  it('counts from programStart when the config sets it', () => {
    const contacts = [
      contact({ clientId: 'A', date: '2020-01-01' }),
      contact({ clientId: 'B', date: '2021-01-01' }),
      contact({ clientId: 'C', date: '2021-06-01' }),
    ];
    const stats = aggregate(
      contacts,
      { from: '2021-06-01', to: '2021-06-30' },
      { programStart: '2020-06-01' },
    );
    expect(stats.clients).toEqual({
      unique: 1,
      new: 1,
      cumulative: 2,
      cumulativeFrom: '2020-06-01',
    });
  });

  it('counts a client who turns 18 on the last day as an adult', () => {
    const contacts = [
      contact({ clientId: 'A', date: '2021-06-01', gender: 'female', birthDate: '2003-06-30' }),
      contact({ clientId: 'B', date: '2021-06-01', gender: 'female', birthDate: '2003-07-01' }),
    ];
    const stats = aggregate(contacts, { from: '2021-06-01', to: '2021-06-30' });
    expect(stats.ageGroups).toMatchObject({ children: 1, women: 1 });
    expect(stats.ageBands['14-17'].female).toBe(1);
    expect(stats.ageBands['18-34'].female).toBe(1);
    expect(stats.averageAge).toEqual({ women: 18, men: null });
  });

  it('counts a family with one served member as an individual', () => {
    const contacts = [
      contact({ clientId: 'A', date: '2021-06-01', familyId: 'F' }),
      contact({ clientId: 'B', date: '2021-05-01', familyId: 'F' }),
      contact({ clientId: 'C', date: '2021-06-02', familyId: 'G' }),
      contact({ clientId: 'D', date: '2021-06-03', familyId: 'G' }),
      contact({ clientId: 'E', date: '2021-06-04', familyId: 'G' }),
    ];
    const stats = aggregate(contacts, { from: '2021-06-01', to: '2021-06-30' });
    expect(stats.households).toEqual({ families: 1, familyMembers: 3, individuals: 1 });
  });

  it('has no staff figure when no contact names a staff member, and no eligibility without dates', () => {
    const stats = aggregate([contact({ clientId: 'A', date: '2021-06-01' })], {
      from: '2021-06-01',
      to: '2021-06-30',
    });
    expect(stats.staff).toBeNull();
    expect(stats.eligibility).toBeNull();
    expect(stats.billing).toBeNull();
  });

  it('reports staff (zeros) when only contacts outside the period name staff', () => {
    const stats = aggregate(
      [
        contact({ clientId: 'A', date: '2021-05-01', staffId: 's' }),
        contact({ clientId: 'A', date: '2021-06-01' }),
      ],
      { from: '2021-06-01', to: '2021-07-31' },
    );
    expect(stats.staff).toEqual({ socialWorkers: 0, mentors: 0, mentorsPerMonthAverage: 0 });
  });

  it('gives an empty period all zeros and null averages', () => {
    const stats = aggregate([], { from: '2021-06-01', to: '2021-06-30' });
    expect(stats.clients).toEqual({ unique: 0, new: 0, cumulative: 0, cumulativeFrom: null });
    expect(stats.averageAge).toEqual({ women: null, men: null });
    expect(stats.countries).toEqual([]);
    expect(stats.services).toEqual([]);
    expect(() => serializeStatistics(stats)).not.toThrow();
  });
});
