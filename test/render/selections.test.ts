import { describe, expect, it } from 'vitest';
import type { Statistics } from '../../src/model/statistics.js';
import { topCountries } from '../../src/render/selections.js';

/** Statistics with only the countries filled in: codes A… in order, with these client counts. */
function withCountries(counts: number[]): Statistics {
  const countries = counts.map((clients, index) => ({
    code: `A${String.fromCharCode(65 + index)}`,
    name: `Valsts ${index + 1}`,
    clients,
  }));
  countries.push({ code: 'stateless', name: 'Bezvalstnieki', clients: 50 });
  return { countries } as unknown as Statistics;
}

const names = (stats: Statistics, topN: number) =>
  topCountries(stats, topN).top.map((country) => country.name.replace('Valsts ', ''));

describe('topCountries', () => {
  it('takes the N largest countries, never the stateless', () => {
    expect(names(withCountries([9, 8, 7, 6, 5, 4]), 3)).toEqual(['1', '2', '3']);
  });

  it('takes in a tie at the cut when that adds at most two countries', () => {
    expect(names(withCountries([9, 8, 7, 7, 7, 4]), 3)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('leaves a larger tie out whole rather than cut it', () => {
    expect(names(withCountries([9, 8, 7, 7, 7, 7, 7, 4]), 3)).toEqual(['1', '2']);
  });

  it('takes everyone when all are tied', () => {
    expect(names(withCountries([1, 1, 1, 1, 1, 1, 1]), 3)).toHaveLength(7);
  });
});
