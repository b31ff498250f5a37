import { countryNameLv } from '../lv/countries.js';
import { STATELESS, UNKNOWN_COUNTRY } from '../model/codes.js';
import type { ClientProfile } from '../model/client.js';
import type { Statistics } from '../model/statistics.js';

/**
 * `countries` and `countryCount`: the served clients' citizenships with
 * Latvian names, and the ordering shared by every "name + clients" list.
 */

let latvianCollator: Intl.Collator | undefined;

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
