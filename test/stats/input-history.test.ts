import { describe, expect, it } from 'vitest';
import { InputHistory } from '../../src/stats/input-history.js';
import { contact } from './fixtures.js';

/** A history fed `visits` (client number, date, staff id), in the order given. */
function historyOf(
  programStart: string | null,
  visits: [client: number, date: string, staffId?: string][],
): InputHistory {
  const history = new InputHistory(programStart);
  for (const [client, date, staffId = null] of visits) {
    history.add(contact({ clientId: `K${client}`, date, staffId }), client);
  }
  return history;
}

describe('InputHistory', () => {
  // Out of date order on purpose: exports are concatenated in any order.
  const visits: [number, string][] = [
    [0, '2021-03-10'],
    [1, '2021-01-05'],
    [0, '2021-01-20'],
    [2, '2021-05-31'],
    [1, '2021-01-05'],
    [0, '2021-03-10'],
  ];

  it('keeps the first and last dates of the whole input, in any order', () => {
    const history = historyOf(null, visits);
    expect([history.first, history.last]).toEqual(['2021-01-05', '2021-05-31']);
    expect(historyOf(null, []).first).toBeNull();
  });

  it('counts the clients of a period once each, whatever their contacts', () => {
    const history = historyOf(null, visits);
    expect(history.clientsIn({ from: '2021-01-01', to: '2021-01-31' })).toBe(2);
    expect(history.clientsIn({ from: '2021-01-21', to: '2021-03-10' })).toBe(1);
    expect(history.clientsIn({ from: '2021-01-01', to: '2021-12-31' })).toBe(3);
    expect(history.clientsIn({ from: '2021-06-01', to: '2021-06-30' })).toBe(0);
  });

  it('counts cumulative clients up to a day, from the programme start on', () => {
    const history = historyOf(null, visits);
    expect(history.cumulativeClients('2021-01-04')).toBe(0);
    expect(history.cumulativeClients('2021-01-20')).toBe(2);
    expect(history.cumulativeClients('2021-05-31')).toBe(3);
    // Client 1 was seen only before the programme started: never counted.
    const fromMarch = historyOf('2021-02-01', visits);
    expect(fromMarch.cumulativeClients('2021-03-09')).toBe(0);
    expect(fromMarch.cumulativeClients('2021-12-31')).toBe(2);
  });

  it('notes whether any contact names a staff member', () => {
    expect(historyOf(null, visits).anyStaffId).toBe(false);
    expect(historyOf(null, [...visits, [3, '2020-12-31', 'SD-1']]).anyStaffId).toBe(true);
  });
});
