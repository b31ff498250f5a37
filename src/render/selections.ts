import { CLOSURE_REASONS, SERVICES, type ClosureReason } from '../model/codes.js';
import type { Statistics } from '../model/statistics.js';
import { formatCount } from './format.js';
import { printedShares } from './shares.js';
import { protectTable, suppressBreakdown, type Cell } from './suppress.js';

/**
 * What the report prints, chosen from the statistics: the sections and the
 * narratives take their rows from here, so table, chart and text agree.
 */

/** Masks a breakdown's small counts with the statistics' threshold (see suppress.ts). */
export function cells(
  context: { stats: Pick<Statistics, 'suppressBelow'> },
  values: readonly number[],
  totalPrinted = true,
): Cell[] {
  return suppressBreakdown(values, context.stats.suppressBelow, {
    totalPrinted,
    format: formatCount,
  });
}

/** What choosing the countries needs to know: the statistics and how many the chart names. */
interface CountriesContext {
  stats: Statistics;
  config: { topCountries: number };
}

/**
 * The countries table's cells: every country, stateless and unknown included,
 * masked as printed. "Citas valstis" in the chart is the sum of the countries
 * after the top ones: printed in full, it is one more sum a masked country could
 * be worked out from.
 */
export function countryCells(context: CountriesContext): Cell[] {
  const { stats, config } = context;
  const { rest } = topCountries(stats, config.topCountries);
  const k = stats.suppressBelow;
  const restSum = rest.reduce((sum, country) => sum + country.clients, 0);
  const restInFull = rest.length > 0 && (k === null || restSum === 0 || restSum >= k);
  return suppressBreakdown(
    stats.countries.map((country) => country.clients),
    k,
    {
      format: formatCount,
      sums: restInFull ? [rest.map((country) => stats.countries.indexOf(country))] : [],
    },
  );
}

/**
 * Each country's share of all clients, whole percent, in the order of
 * `stats.countries` (null where the count is masked): the table prints them
 * all, adding up to 100 %, and the narrative names the top countries' shares.
 */
export function countryShares(context: CountriesContext): (number | null)[] {
  return printedShares(countryCells(context));
}

export const AGE_GROUPS = [
  'women',
  'men',
  'children',
  'adultsUnknownGender',
  'unknownAge',
] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/**
 * The social portrait's groups (women and men 18+, children, adults of unknown
 * sex, unknown age: every client once) as shares of all clients; null where the
 * group's count is masked, as the portrait's chart masks it.
 */
export function ageGroupShares(context: { stats: Statistics }): Record<AgeGroup, number | null> {
  const values = AGE_GROUPS.map((group) => context.stats.ageGroups[group]);
  const shares = printedShares(cells(context, values, false));
  return Object.fromEntries(AGE_GROUPS.map((group, index) => [group, shares[index]!])) as Record<
    AgeGroup,
    number | null
  >;
}

/** Each closure reason's share of the closed cases (null where the count is masked). */
export function closureShares(context: {
  stats: Statistics;
}): Record<ClosureReason, number | null> {
  const counts = CLOSURE_REASONS.map((reason) => context.stats.closures.byReason[reason]);
  const shares = printedShares(cells(context, counts));
  return Object.fromEntries(
    CLOSURE_REASONS.map((reason, index) => [reason, shares[index]!]),
  ) as Record<ClosureReason, number | null>;
}

type Country = Statistics['countries'][number];
const ISO_CODE = /^[A-Z]{2}$/;

/** How many countries beyond `topN` a tie may bring into the top. */
const TIE_ROOM = 2;

/**
 * The countries the chart and the narrative name (the `topN` largest), and
 * the rest, "citas valstis". Stateless and unknown citizenship are neither:
 * they are not countries, and the narrative gives them their own sentences.
 * A tie at the cut is never split silently: the tied countries all join the
 * top when that adds at most two, otherwise all stay in the rest.
 */
export function topCountries(stats: Statistics, topN: number): { top: Country[]; rest: Country[] } {
  const countries = isoCountries(stats);
  let end = Math.min(topN, countries.length);
  const cut = countries[end - 1]?.clients;
  if (end > 0 && countries[end]?.clients === cut) {
    let after = end;
    while (countries[after]?.clients === cut) after++;
    let before = end - 1;
    while (before > 0 && countries[before - 1]!.clients === cut) before--;
    end = after - topN <= TIE_ROOM || before === 0 ? after : before;
  }
  return { top: countries.slice(0, end), rest: countries.slice(end) };
}

/** The countries proper (ISO codes), largest first as the statistics list them. */
export function isoCountries(stats: Statistics): Country[] {
  return stats.countries.filter((country) => ISO_CODE.test(country.code));
}

/** Services with most clients first; ties in the input contract's order. The table and the narrative agree. */
export function servicesByClients(stats: Statistics): Statistics['services'] {
  return [...stats.services].sort(
    (a, b) => b.clients - a.clients || SERVICES.indexOf(a.code) - SERVICES.indexOf(b.code),
  );
}

/**
 * The services table's cells, [clients, contacts] per service in
 * `servicesByClients` order, masked as printed. One client uses several
 * services, so the clients column has no printed total; the contacts column
 * has one, and a service's clients are at most its contacts: a small clients
 * count beside an exact small contacts count would give it away.
 */
export function serviceCells(context: { stats: Statistics }): Cell[][] {
  const services = servicesByClients(context.stats);
  return protectTable(
    services.map((service) => [service.clients, service.contacts]),
    context.stats.suppressBelow,
    {
      format: formatCount,
      sums: [services.map((_, index) => [index, 1] as const)],
      atMost: services.map((_, index) => [[index, 0] as const, [index, 1] as const] as const),
    },
  );
}

/** The locations table's cells, in the order of `stats.locations` (its total is printed). */
export function locationCells(context: { stats: Statistics }): Cell[] {
  return cells(
    context,
    context.stats.locations.map((location) => location.clients),
  );
}

/** A cell masked only to protect another ("×"): the text must not give its count either. */
export function hiddenToProtect(cell: Cell | undefined): boolean {
  return cell?.suppressed === 'secondary';
}

/** The note that explains the marks, printed under a table that has any. */
export function suppressionNote(k: number): string {
  return (
    `Personu datu aizsardzībai skaitļi no 1 līdz ${k - 1} aizstāti ar „<${k}”; ` +
    `„×” – skaitlis slēpts, lai mazo skaitli nevarētu aprēķināt no kopsummas.`
  );
}

/** Added to the note under a table with shares: a masked count's share is not printed either. */
export const HIDDEN_SHARE_NOTE = 'Slēpta skaitļa daļa procentos arī aizstāta ar „×”.';
