import type { Config } from '../config/schema.js';
import type { Statistics } from '../model/statistics.js';

/**
 * `billing`: the programme is paid per client-month, i.e. for every month
 * each client was served in, so the base is the sum of `monthly[].clients`
 * (not `clients.unique`). Null when the config sets no rate.
 */
export function computeBilling(
  monthly: Statistics['monthly'],
  billing: Config['billing'],
): Statistics['billing'] {
  if (billing === null) return null;
  const clientMonths = monthly.reduce((sum, month) => sum + month.clients, 0);
  return {
    clientMonths,
    ratePerClientMonth: billing.ratePerClientMonth,
    amount: roundToCents(clientMonths * billing.ratePerClientMonth),
    currency: billing.currency,
  };
}

/** Rounds to cents, halves up, ignoring binary noise (1.005 → 1.01, not 1.00). */
export function roundToCents(amount: number): number {
  return Math.round(Number((amount * 100).toPrecision(12))) / 100;
}
