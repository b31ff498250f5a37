import { SERVICES } from '../model/codes.js';
import type { Statistics } from '../model/statistics.js';
import { formatCount } from './format.js';
import { suppressBreakdown, type Cell } from './suppress.js';

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

type Country = Statistics['countries'][number];
const ISO_CODE = /^[A-Z]{2}$/;

/**
 * The countries the chart and the narrative name (the `topN` largest), and
 * the rest, "citas valstis". Stateless and unknown citizenship are neither:
 * they are not countries, and the narrative gives them their own sentences.
 */
export function topCountries(stats: Statistics, topN: number): { top: Country[]; rest: Country[] } {
  const countries = stats.countries.filter((country) => ISO_CODE.test(country.code));
  return { top: countries.slice(0, topN), rest: countries.slice(topN) };
}

/** Services with most clients first; ties in the input contract's order. The table and the narrative agree. */
export function servicesByClients(stats: Statistics): Statistics['services'] {
  return [...stats.services].sort(
    (a, b) => b.clients - a.clients || SERVICES.indexOf(a.code) - SERVICES.indexOf(b.code),
  );
}

/** The note that explains the marks, printed under a table that has any. */
export function suppressionNote(k: number): string {
  return (
    `Personu datu aizsardzībai skaitļi no 1 līdz ${k - 1} aizstāti ar „<${k}”; ` +
    `„×” – skaitlis slēpts, lai mazo skaitli nevarētu aprēķināt no kopsummas.`
  );
}
