import { describe, expect, it } from 'vitest';
import { EXIT, UserError } from '../../src/errors.js';
import { Aggregator } from '../../src/stats/aggregate.js';
import { parseStatisticsJson, serializeStatistics } from '../../src/stats/serialize.js';
import type { Statistics } from '../../src/model/statistics.js';
import { config, contact, dataQuality, profilesOf } from './fixtures.js';

function sample(): Statistics {
  const contacts = [
    contact({ clientId: 'A', date: '2021-06-01', citizenship: 'IQ', gender: 'female' }),
    contact({ clientId: 'B', date: '2021-06-02', citizenship: 'AF', staffId: 's' }),
  ];
  const aggregator = new Aggregator({
    config: config(),
    periods: [{ period: { from: '2021-06-01', to: '2021-06-30' } }],
  });
  contacts.forEach((c) => aggregator.add(c));
  return aggregator.finish(profilesOf(contacts), dataQuality())[0]!;
}

function userError(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a UserError');
}

describe('serializeStatistics', () => {
  it('prints the schema key order with 2 spaces and a final newline', () => {
    const stats = sample();
    // Rebuild the object with keys in reverse order: the output must not change.
    const shuffled = Object.fromEntries(Object.entries(stats).reverse()) as Statistics;
    const json = serializeStatistics(stats);
    expect(serializeStatistics(shuffled)).toBe(json);
    expect(json.endsWith('}\n')).toBe(true);
    expect(
      json.startsWith(
        '{\n  "$schema": "urn:lsk-report:schemas/statistics.schema.json",\n  "schemaVersion": 1,\n  "period": {\n    "from": "2021-06-01",',
      ),
    ).toBe(true);
    expect(Object.keys(JSON.parse(json))).toEqual([
      '$schema',
      'schemaVersion',
      'period',
      'clients',
      'contacts',
      'monthly',
      'gender',
      'ageGroups',
      'ageBands',
      'averageAge',
      'households',
      'countries',
      'countryCount',
      'legalStatus',
      'arrival',
      'locations',
      'services',
      'closures',
      'staff',
      'billing',
      'eligibility',
      'comparison',
      'suppressBelow',
      'dataQuality',
    ]);
  });

  it('refuses statistics that break the schema (a bug, not a user error)', () => {
    const broken = { ...sample(), countryCount: -1 };
    expect(() => serializeStatistics(broken)).toThrow(/countryCount/);
    expect(() => serializeStatistics(broken)).not.toThrow(UserError);
  });
});

describe('parseStatisticsJson', () => {
  it('reads back what was written, its $schema accepted and left out', () => {
    const stats = sample();
    expect(parseStatisticsJson(serializeStatistics(stats), 'a.json')).toEqual(stats);
    const edited = serializeStatistics(stats).replace(
      'urn:lsk-report:schemas/statistics.schema.json',
      './node_modules/lsk-report/schemas/statistics.schema.json',
    );
    expect(parseStatisticsJson(edited, 'a.json')).toEqual(stats);
  });

  it('locates invalid JSON by line and column', () => {
    const error = userError(() => parseStatisticsJson('{\n  "schemaVersion": 1,\n}', 'a.json'));
    expect(error.message).toBe(
      'a.json:3:1: invalid JSON: expected a key in double quotes, found "}"',
    );
    expect(error.exitCode).toBe(EXIT.usage);
  });

  it('names a JSON that is not a statistics file', () => {
    expect(userError(() => parseStatisticsJson('[1, 2]', 'a.json')).message).toBe(
      'a.json: not a statistics JSON of lsk-report (expected an object with "schemaVersion")',
    );
    expect(userError(() => parseStatisticsJson('{"organisation": "x"}', 'cfg.json')).message).toBe(
      'cfg.json: not a statistics JSON of lsk-report (it has no "schemaVersion")',
    );
  });

  it('reads a file of an earlier version, without the later "comparison" key', () => {
    const earlier = JSON.parse(serializeStatistics(sample()));
    delete earlier.comparison;
    const read = parseStatisticsJson(JSON.stringify(earlier), 'earlier.json');
    expect(read.comparison).toBeUndefined();
    expect(read.clients).toEqual(sample().clients);
  });

  it('names another schemaVersion', () => {
    const other = serializeStatistics(sample()).replace('"schemaVersion": 1', '"schemaVersion": 2');
    expect(userError(() => parseStatisticsJson(other, 'old.json')).message).toBe(
      'old.json: schemaVersion 2 is not supported; this lsk-report reads schemaVersion 1 (regenerate the file with this version)',
    );
  });

  it('names the first bad figures of a damaged file', () => {
    const damaged = JSON.parse(serializeStatistics(sample()));
    damaged.clients.unique = 'many';
    delete damaged.monthly[0].contacts;
    const message = userError(() => parseStatisticsJson(JSON.stringify(damaged), 'a.json')).message;
    expect(message).toBe(
      'a.json: not a statistics JSON of lsk-report:\n' +
        'a.json: clients.unique: expected a number, found "many"\n' +
        'a.json: monthly[0].contacts: expected a number, found nothing',
    );
  });
});
