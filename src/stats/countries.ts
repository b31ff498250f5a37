import { STATELESS, UNKNOWN_COUNTRY } from '../model/codes.js';
import type { ClientProfile } from '../model/client.js';
import type { Statistics } from './schema.js';

/**
 * `countries` and `countryCount`: the served clients' citizenships with
 * Latvian names, and the ordering shared by every "name + clients" list.
 */

/** Latvian name of the `stateless` pseudo-country (plural: the people, as the reports say). */
export const STATELESS_NAME_LV = 'Bezvalstnieki';
/** Latvian name shown for an empty citizenship: "(valsts) nav zināma". */
export const UNKNOWN_COUNTRY_NAME_LV = 'Nav zināma';

let regionNames: Intl.DisplayNames | undefined;
let latvianCollator: Intl.Collator | undefined;

/** The Latvian name of a citizenship code: `IQ` → "Irāka", `stateless` → "Bezvalstnieki". */
export function countryNameLv(code: string): string {
  if (code === STATELESS) return STATELESS_NAME_LV;
  if (code === UNKNOWN_COUNTRY) return UNKNOWN_COUNTRY_NAME_LV;
  regionNames ??= new Intl.DisplayNames('lv', { type: 'region', fallback: 'code' });
  return regionNames.of(code) ?? code;
}

/**
 * Orders "name + clients" rows the way the report lists them: most clients
 * first, then by name in Latvian collation (Č after C, Š after S), then by
 * `key` so that equal names still sort the same on every run.
 */
export function compareByClientsThenName(
  a: { clients: number; name: string; key?: string },
  b: { clients: number; name: string; key?: string },
): number {
  latvianCollator ??= new Intl.Collator('lv');
  return (
    b.clients - a.clients ||
    latvianCollator.compare(a.name, b.name) ||
    ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0)
  );
}

/** Counts served clients by citizenship; `countryCount` leaves out stateless and unknown. */
export function countCountries(
  profiles: Iterable<ClientProfile>,
): Pick<Statistics, 'countries' | 'countryCount'> {
  const clientsByCode = new Map<string, number>();
  for (const { citizenship } of profiles) {
    clientsByCode.set(citizenship, (clientsByCode.get(citizenship) ?? 0) + 1);
  }
  const countries = [...clientsByCode]
    .map(([code, clients]) => ({ code, name: countryNameLv(code), clients, key: code }))
    .sort(compareByClientsThenName)
    .map(({ code, name, clients }) => ({ code, name, clients }));
  const countryCount = countries.filter(
    ({ code }) => code !== STATELESS && code !== UNKNOWN_COUNTRY,
  ).length;
  return { countries, countryCount };
}
