/**
 * Synthetic clients: families and individuals with the countries, statuses
 * and arrival routes the programme's published reports describe. Every id is
 * made up (`K-00042`, `G-0007`, `SM-03`); no real person is behind any value.
 */
import type { Arrival, ClosureReason, Gender, LegalStatus } from '../../src/model/codes.js';
import type { Random } from './random.js';

export interface SyntheticClient {
  id: string;
  familyId: string | null;
  gender: Gender;
  /** Day number of the birth date; null when unknown. */
  birthDay: number | null;
  /** The birth date is written as a year alone (undocumented birthday). */
  birthYearOnly: boolean;
  /** ISO alpha-2, `stateless` or `unknown`. */
  citizenship: string;
  arrival: Arrival;
  arrivalDay: number;
  /** First and last day the client is served. */
  start: number;
  end: number;
  /** Granted status and when; null while still an asylum seeker. */
  status: { status: Exclude<LegalStatus, 'asylum_seeker'>; day: number } | null;
  closure: ClosureReason | null;
  socialWorker: string;
  mentor: string;
  /** Where the client lives once they have left the accommodation centre. */
  home: string;
  /** Relative share of the contacts. */
  weight: number;
}

const HOMES: readonly (readonly [string, number])[] = [
  ['Rīga', 60],
  ['Jelgava', 6],
  ['Valmiera', 5],
  ['Liepāja', 5],
  ['Daugavpils', 4],
  ['Cēsis', 4],
  ['Ogre', 4],
  ['Jūrmala', 4],
  ['Ventspils', 3],
  ['Sigulda', 3],
];

export const COUNTRIES: readonly (readonly [string, number])[] = [
  ['IQ', 25],
  ['AF', 18],
  ['BY', 12],
  ['SY', 8],
  ['RU', 6],
  ['AZ', 5],
  ['CO', 4],
  ['TJ', 3],
  ['IR', 3],
  ['VN', 2],
  ['ER', 2],
  ['CM', 2],
  ['TR', 2],
  ['GE', 2],
  ['UA', 2],
  ['EG', 1],
  ['PK', 1],
  ['IN', 1],
  ['LK', 1],
  ['YE', 1],
  ['stateless', 1],
  ['unknown', 1],
];

const CLOSURES: readonly (readonly [ClosureReason, number])[] = [
  ['left_country', 30],
  ['plan_completed', 25],
  ['term_expired', 20],
  ['returned', 8],
  ['refused_cooperation', 10],
  ['other', 7],
];

/** How many clients a generated export has by default: ~300 for a few thousand rows. */
export function defaultClientCount(rows: number): number {
  return Math.max(5, Math.round(5 * Math.sqrt(rows)));
}

export interface PopulationOptions {
  clients: number;
  first: number;
  last: number;
  socialWorkers: number;
  mentors: number;
}

/**
 * Makes clients, grouped into families. Each one's service starts between 180
 * days before `first` and a week before `last`; the writer emits only the
 * contacts inside [first, last].
 */
export function makePopulation(random: Random, options: PopulationOptions): SyntheticClient[] {
  const { first, last } = options;
  const socialWorkers = Array.from(
    { length: options.socialWorkers },
    (_, i) => `SD-${pad(i + 1, 2)}`,
  );
  const mentors = Array.from({ length: options.mentors }, (_, i) => `SM-${pad(i + 1, 2)}`);
  const clients: SyntheticClient[] = [];
  let families = 0;
  while (clients.length < options.clients) {
    const size = random.chance(0.35) ? random.int(2, 6) : 1;
    const familyId = size > 1 ? `G-${pad(++families, 4)}` : null;
    const citizenship = random.weighted(COUNTRIES);
    const arrival: Arrival = random.weighted([
      ['independent', 70],
      ['relocation', 25],
      ['unknown', 5],
    ]);
    const start = random.int(first - 180, last - 7);
    const arrivalDay = start - random.int(1, 40);
    const granted = random.chance(0.55)
      ? {
          status: random.chance(0.6) ? ('refugee' as const) : ('alternative' as const),
          day: arrivalDay + random.int(30, 100),
        }
      : null;
    // Service mostly keeps to the eligibility windows (asylum seekers about 3
    // months from arrival, status holders 12 months from the status date); a
    // few clients run over, so the annex has findings to show.
    const window = granted ? granted.day + 365 : arrivalDay + 92;
    const overrun = random.chance(0.05) ? random.int(1, 45) : 0;
    const end = Math.min(start + random.int(60, 500), window + overrun);
    const closure = end <= last && random.chance(0.7) ? random.weighted(CLOSURES) : null;
    const home = random.weighted(HOMES);
    const socialWorker = random.pick(socialWorkers);
    const mentor = random.pick(mentors);
    for (let member = 0; member < size && clients.length < options.clients; member++) {
      const child = member >= 2 || (size > 1 && member === 1 && random.chance(0.2));
      const ageYears = child ? random.int(0, 17) : random.int(18, 66);
      const gender: Gender = random.chance(0.02)
        ? 'unknown'
        : member === 0
          ? random.chance(0.6)
            ? 'male'
            : 'female'
          : member === 1 && !child
            ? 'female'
            : random.chance(0.5)
              ? 'male'
              : 'female';
      clients.push({
        id: `K-${pad(clients.length + 1, 5)}`,
        familyId,
        gender,
        birthDay: random.chance(0.03) ? null : start - ageYears * 365 - random.int(0, 364),
        birthYearOnly: random.chance(0.08),
        citizenship,
        arrival,
        arrivalDay,
        start,
        end,
        status: granted,
        closure,
        socialWorker,
        mentor,
        home,
        weight: child ? 0.4 : 0.5 + random.next(),
      });
    }
  }
  return clients;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
