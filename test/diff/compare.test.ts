import { describe, expect, it } from 'vitest';
import { compareStatistics, flatten } from '../../src/diff/compare.js';

describe('flatten', () => {
  it('names list items by their key, not their position', () => {
    const flat = flatten({
      countries: [
        { code: 'IQ', name: 'Irāka', clients: 90 },
        { code: 'AF', name: 'Afganistāna', clients: 59 },
      ],
      monthly: [{ month: '2021-06', clients: 10, contacts: 40 }],
    });
    expect(flat.get('countries[AF].clients')).toBe(59);
    expect(flat.get('monthly[2021-06].contacts')).toBe(40);
  });
});

describe('compareStatistics', () => {
  it('finds nothing in equal models', () => {
    const model = { clients: { unique: 241 }, countries: [{ code: 'IQ', clients: 90 }] };
    expect(compareStatistics(model, structuredClone(model))).toEqual([]);
  });

  it('matches countries by code even when their order changed', () => {
    const a = {
      countries: [
        { code: 'IQ', clients: 90 },
        { code: 'AF', clients: 59 },
      ],
    };
    const b = {
      countries: [
        { code: 'AF', clients: 95 },
        { code: 'IQ', clients: 90 },
      ],
    };
    expect(compareStatistics(a, b)).toEqual([
      { key: 'countries[AF].clients', a: 59, b: 95, change: 36, changePercent: 61 },
    ]);
  });

  it('reports figures present on one side only, and no percentage from zero', () => {
    const a = { services: [{ code: 'housing', contacts: 0 }] };
    const b = {
      services: [
        { code: 'housing', contacts: 3 },
        { code: 'legal', contacts: 2 },
      ],
    };
    expect(compareStatistics(a, b)).toEqual([
      { key: 'services[housing].contacts', a: 0, b: 3, change: 3, changePercent: null },
      { key: 'services[legal].contacts', a: undefined, b: 2, change: null, changePercent: null },
    ]);
  });

  it('computes the change in percent to one decimal', () => {
    const [difference] = compareStatistics(
      { clients: { unique: 142 } },
      { clients: { unique: 241 } },
    );
    expect(difference).toMatchObject({ change: 99, changePercent: 69.7 });
  });
});
