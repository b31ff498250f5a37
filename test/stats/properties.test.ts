import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARRIVALS,
  CLOSURE_REASONS,
  GENDERS,
  LEGAL_STATUSES,
  SERVICES,
  STAFF_ROLES,
} from '../../src/model/codes.js';
import type { Contact } from '../../src/model/contact.js';
import type { Period } from '../../src/period.js';
import { Aggregator } from '../../src/stats/aggregate.js';
import { previousPeriod } from '../../src/stats/comparison.js';
import { addMonths, fromDayNumber, dayNumber } from '../../src/calendar.js';
import type { Statistics } from '../../src/model/statistics.js';
import { serializeStatistics } from '../../src/stats/serialize.js';
import { config, dataQuality, profilesOf } from './fixtures.js';

/*
 * Invariants on random inputs. Client attributes (gender, birth date, …) are
 * drawn once per client and repeated on every row, as a consistent export
 * has them; status, location and the rest vary per contact.
 */

const FIRST_DAY = dayNumber('2020-10-01');
const LAST_DAY = dayNumber('2022-03-31');
// A few fixed days make same-day contacts and period-boundary contacts common.
const day = fc.oneof(
  { arbitrary: fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(fromDayNumber), weight: 3 },
  { arbitrary: fc.constantFrom('2021-06-01', '2021-06-30', '2021-07-01', '2021-12-31'), weight: 2 },
);
const maybeDay = fc.option(day, { nil: null });

const person = fc.record({
  gender: fc.constantFrom(...GENDERS),
  birthDate: fc.option(
    fc.integer({ min: dayNumber('1940-01-01'), max: dayNumber('2020-09-30') }).map(fromDayNumber),
    { nil: null },
  ),
  citizenship: fc.constantFrom('IQ', 'AF', 'SY', 'RU', 'ER', 'stateless', 'unknown'),
  familyId: fc.option(fc.constantFrom('F1', 'F2', 'F3', 'F4'), { nil: null }),
  arrival: fc.constantFrom(...ARRIVALS),
});

const visit = fc.record({
  client: fc.nat(24),
  date: day,
  legalStatus: fc.constantFrom(...LEGAL_STATUSES),
  arrivalDate: maybeDay,
  statusDate: maybeDay,
  location: fc.option(fc.constantFrom('Rīga', 'Jelgava', 'PMIC "Mucenieki"', 'Cēsis'), {
    nil: null,
  }),
  staffId: fc.option(fc.constantFrom('s1', 's2', 'm1', 'm2', 'm3'), { nil: null }),
  staffRole: fc.constantFrom(...STAFF_ROLES),
  service: fc.constantFrom(...SERVICES),
  closureReason: fc.option(fc.constantFrom(...CLOSURE_REASONS), { nil: null, freq: 8 }),
});

const contactsArbitrary = fc
  .tuple(fc.array(person, { minLength: 25, maxLength: 25 }), fc.array(visit, { maxLength: 120 }))
  .map(([people, visits]) =>
    visits.map(({ client, ...fields }, seq): Contact => ({
      ...fields,
      ...people[client]!,
      clientId: `client-${client}`,
      durationMin: null,
      contactId: null,
      seq,
      source: { file: seq % 2, line: seq + 2 },
    })),
  );

const periodArbitrary = fc
  .tuple(day, fc.integer({ min: 0, max: 400 }))
  .map(([from, length]): Period => ({
    from,
    to: fromDayNumber(Math.min(dayNumber(from) + length, LAST_DAY)),
  }));

function aggregate(
  contacts: readonly Contact[],
  period: Period,
  profilesFrom = contacts,
): Statistics {
  const aggregator = new Aggregator({
    config: config({ billing: { ratePerClientMonth: 12.34 } }),
    periods: [{ period }],
  });
  for (const c of contacts) aggregator.add(c);
  return aggregator.finish(profilesOf(profilesFrom), dataQuality(['a.csv', 'b.csv']))[0]!;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('statistics invariants', () => {
  it('partitions the served clients by every attribute', () => {
    fc.assert(
      fc.property(contactsArbitrary, periodArbitrary, (contacts, period) => {
        const stats = aggregate(contacts, period);
        const unique = stats.clients.unique;
        const monthClients = stats.monthly.map((m) => m.clients);
        expect(Math.max(0, ...monthClients)).toBeLessThanOrEqual(unique);
        expect(unique).toBeLessThanOrEqual(sum(monthClients));
        expect(sum(Object.values(stats.gender))).toBe(unique);
        expect(sum(Object.values(stats.ageGroups))).toBe(unique);
        expect(sum(Object.values(stats.ageBands).flatMap((g) => Object.values(g)))).toBe(unique);
        const { familyMembers, individuals, families } = stats.households;
        expect(familyMembers + individuals).toBe(unique);
        expect(familyMembers).toBeGreaterThanOrEqual(2 * families);
        expect(sum(stats.countries.map((c) => c.clients))).toBe(unique);
        expect(sum(stats.locations.map((l) => l.clients))).toBe(unique);
        expect(sum(Object.values(stats.legalStatus))).toBe(unique);
        expect(sum(Object.values(stats.arrival))).toBe(unique);
        expect(stats.clients.new).toBeLessThanOrEqual(unique);
        expect(stats.clients.cumulative).toBeGreaterThanOrEqual(unique);
        expect(sum(stats.monthly.map((m) => m.contacts))).toBe(stats.contacts.total);
        expect(sum(stats.services.map((s) => s.contacts))).toBe(stats.contacts.total);
        for (const s of stats.services) expect(s.clients).toBeLessThanOrEqual(unique);
        expect(stats.billing!.clientMonths).toBe(sum(monthClients));
        if (stats.eligibility) {
          const e = stats.eligibility;
          expect(e.contactsOutside).toBeLessThanOrEqual(e.contactsChecked);
          expect(e.contactsChecked).toBeLessThanOrEqual(stats.contacts.total);
          expect(e.clientsOutside).toBeLessThanOrEqual(unique);
          expect(e.examples.length).toBe(Math.min(20, e.contactsOutside));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts the period from a plain re-count of its contacts', () => {
    fc.assert(
      fc.property(contactsArbitrary, periodArbitrary, (contacts, period) => {
        const stats = aggregate(contacts, period);
        const inPeriod = contacts.filter((c) => c.date >= period.from && c.date <= period.to);
        expect(stats.clients.unique).toBe(new Set(inPeriod.map((c) => c.clientId)).size);
        for (const { month, clients, contacts: count } of stats.monthly) {
          const ofMonth = inPeriod.filter((c) => c.date.startsWith(month));
          expect(count).toBe(ofMonth.length);
          expect(clients).toBe(new Set(ofMonth.map((c) => c.clientId)).size);
        }
        expect(stats.monthly[0]!.month).toBe(period.from.slice(0, 7));
        expect(stats.monthly.at(-1)!.month).toBe(period.to.slice(0, 7));
      }),
      { numRuns: 200 },
    );
  });

  it('is changed by a contact outside the period only in clients.new and cumulative', () => {
    fc.assert(
      fc.property(
        contactsArbitrary,
        periodArbitrary,
        fc.nat(24),
        fc.boolean(),
        (contacts, period, client, before) => {
          const sameClient = contacts.find((c) => c.clientId === `client-${client}`);
          fc.pre(sameClient !== undefined && (before || period.to < '2022-03-31'));
          const date = before
            ? fromDayNumber(dayNumber(period.from) - 1 - (client % 40))
            : fromDayNumber(dayNumber(period.to) + 1);
          // The extra contact repeats the client's attributes and names no staff member.
          const extra: Contact = {
            ...sameClient!,
            date,
            staffId: null,
            seq: contacts.length,
            source: { file: 0, line: 9999 },
          };
          // The comparison looks at earlier periods, where the extra contact may fall.
          const strip = ({ comparison: _earlier, ...stats }: Statistics) => ({
            ...stats,
            clients: { unique: stats.clients.unique },
          });
          const without = aggregate(contacts, period);
          const withExtra = aggregate([...contacts, extra], period);
          expect(strip(withExtra)).toEqual(strip(without));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same bytes whatever the order the contacts arrive in', () => {
    fc.assert(
      fc.property(
        contactsArbitrary.chain((contacts) =>
          fc.tuple(
            fc.constant(contacts),
            fc.shuffledSubarray(contacts, {
              minLength: contacts.length,
              maxLength: contacts.length,
            }),
          ),
        ),
        periodArbitrary,
        ([contacts, shuffled], period) => {
          expect(serializeStatistics(aggregate(shuffled, period))).toBe(
            serializeStatistics(aggregate(contacts, period)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives each period the same bytes in a batch as alone', () => {
    // A period and the one it compares with share a tally when both are reported on.
    const consecutive = periodArbitrary.map((period): Period[] => [previousPeriod(period), period]);
    fc.assert(
      fc.property(
        contactsArbitrary,
        fc.tuple(consecutive, fc.array(periodArbitrary, { maxLength: 3 })),
        (contacts, [pair, others]) => {
          const periods = [...pair, ...others];
          const aggregator = new Aggregator({
            config: config({ billing: { ratePerClientMonth: 12.34 } }),
            periods: periods.map((period) => ({ period })),
          });
          for (const c of contacts) aggregator.add(c);
          const together = aggregator.finish(profilesOf(contacts), dataQuality(['a.csv', 'b.csv']));
          periods.forEach((period, index) => {
            expect(serializeStatistics(together[index]!)).toBe(
              serializeStatistics(aggregate(contacts, period)),
            );
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('bills the sum of monthly clients at the rate, in cents', () => {
    fc.assert(
      fc.property(contactsArbitrary, periodArbitrary, (contacts, period) => {
        const billing = aggregate(contacts, period).billing!;
        expect(Math.round(billing.amount * 100)).toBe(billing.clientMonths * 1234);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps addMonths within the month it lands in', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 36 }), (date, months) => {
        const end = addMonths(date, months);
        const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
        expect(monthIndex(end) - monthIndex(date)).toBe(months);
        expect(Number(end.slice(8))).toBeLessThanOrEqual(Number(date.slice(8)));
      }),
    );
  });
});
