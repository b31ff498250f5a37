import { AGE_BANDS, type AgeBand } from '../model/codes.js';
import type { ClientProfile } from '../model/client.js';
import type { IsoDate } from '../model/contact.js';
import { ageOn } from '../calendar.js';
import type { Statistics } from '../model/statistics.js';

/**
 * The social portrait of the served clients, from their resolved profiles:
 * `gender`, `ageGroups`, `ageBands`, `averageAge` and `arrival`. Ages are in
 * completed years on the period's last day.
 */

export type PeopleFigures = Pick<
  Statistics,
  'gender' | 'ageGroups' | 'ageBands' | 'averageAge' | 'arrival'
>;

/** The Eurostat age class of an age in completed years (null: unknown). */
export function ageBandOf(age: number | null): AgeBand {
  if (age === null) return 'unknown';
  if (age <= 13) return '0-13';
  if (age <= 17) return '14-17';
  if (age <= 34) return '18-34';
  if (age <= 64) return '35-64';
  return '65+';
}

/** Counts the served clients' profiles by gender, age and arrival route, ages taken on `on`. */
export function countPeople(profiles: Iterable<ClientProfile>, on: IsoDate): PeopleFigures {
  const gender = { female: 0, male: 0, unknown: 0 };
  const ageGroups = { children: 0, women: 0, men: 0, adultsUnknownGender: 0, unknownAge: 0 };
  const ageBands = Object.fromEntries(
    AGE_BANDS.map((band) => [band, { female: 0, male: 0, unknown: 0 }]),
  ) as Statistics['ageBands'];
  const arrival = { relocation: 0, independent: 0, unknown: 0 };
  const adultAges = { female: { sum: 0, count: 0 }, male: { sum: 0, count: 0 } };

  for (const profile of profiles) {
    const age = profile.birthDate === null ? null : ageOn(profile.birthDate, on);
    gender[profile.gender]++;
    arrival[profile.arrival]++;
    ageBands[ageBandOf(age)][profile.gender]++;
    if (age === null) ageGroups.unknownAge++;
    else if (age < 18) ageGroups.children++;
    else if (profile.gender === 'unknown') ageGroups.adultsUnknownGender++;
    else {
      ageGroups[profile.gender === 'female' ? 'women' : 'men']++;
      adultAges[profile.gender].sum += age;
      adultAges[profile.gender].count++;
    }
  }
  return {
    gender,
    ageGroups,
    ageBands,
    averageAge: { women: mean(adultAges.female), men: mean(adultAges.male) },
    arrival,
  };
}

/** Mean rounded to one decimal, halves up; null for no values. */
function mean({ sum, count }: { sum: number; count: number }): number | null {
  // sum and count are integers, so sum * 10 / count is exact enough to round.
  return count === 0 ? null : Math.round((sum * 10) / count) / 10;
}
