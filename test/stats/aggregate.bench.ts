import { bench, describe } from 'vitest';
import { SERVICES } from '../../src/model/codes.js';
import type { Contact } from '../../src/model/contact.js';
import { Aggregator } from '../../src/stats/aggregate.js';
import { fromDayNumber, dayNumber } from '../../src/calendar.js';
import { config } from './fixtures.js';

/*
 * Aggregation cost per contact: `npx vitest bench test/stats/aggregate.bench.ts`.
 * Each iteration feeds 100 000 synthetic contacts (3 years, 3 000 clients) to
 * fresh aggregators; divide the mean time by 100 000 for the cost per contact.
 * Contacts are built on the fly with fresh id strings, as ingest hands them over;
 * the "generate only" case is the baseline to subtract.
 */

const CONTACTS = 100_000;
const CLIENTS = 3_000;
const FIRST = dayNumber('2019-01-01');
const days = Array.from({ length: 1095 }, (_, d) => fromDayNumber(FIRST + d));
const ids = Array.from({ length: CLIENTS }, (_, c) => `K-${String(c).padStart(5, '0')} `);
const settings = config({ billing: { ratePerClientMonth: 30 } });
const periods = [
  { from: '2019-07-01', to: '2019-12-31' },
  { from: '2019-01-01', to: '2019-06-30' },
  { from: '2019-01-01', to: '2019-12-31' },
];

function feed(sink: (contact: Contact) => void): void {
  for (let i = 0; i < CONTACTS; i++) {
    const c = (i * 7919) % CLIENTS;
    const date = days[Math.floor((i * days.length) / CONTACTS)]!;
    sink({
      date,
      clientId: ids[c]!.trim(), // a fresh string, as the CSV parser makes
      familyId: c % 3 === 0 ? null : `G-${c >> 1}`,
      gender: c % 2 === 0 ? 'male' : 'female',
      birthDate: '1985-03-01',
      citizenship: c % 7 === 0 ? 'AF' : 'IQ',
      legalStatus: c % 4 === 0 ? 'asylum_seeker' : 'refugee',
      arrival: 'relocation',
      arrivalDate: days[c % 300]!,
      statusDate: c % 4 === 0 ? null : days[(c % 300) + 120]!,
      location: c % 5 === 0 ? 'PMIC "Mucenieki"' : 'Rīga',
      staffId: `SM-${i % 24}`,
      staffRole: i % 3 === 0 ? 'social_worker' : 'mentor',
      service: SERVICES[i % SERVICES.length]!,
      closureReason: i % 97 === 0 ? 'plan_completed' : null,
      durationMin: 30,
      contactId: null,
      seq: i,
      source: { file: 0, line: i + 2 },
    });
  }
}

let sinkHole = 0;
describe(`${CONTACTS} contacts`, () => {
  bench('generate only (baseline)', () => feed((contact) => void (sinkHole += contact.seq)));
  bench('one period', () => {
    const aggregator = new Aggregator({ config: settings, periods: [{ period: periods[2]! }] });
    feed((contact) => aggregator.add(contact));
  });
  bench('three periods', () => {
    const aggregator = new Aggregator({
      config: settings,
      periods: periods.map((period) => ({ period })),
    });
    feed((contact) => aggregator.add(contact));
  });
});
