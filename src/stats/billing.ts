import type { Config } from '../config/schema.js';
import type { Statistics } from '../model/statistics.js';

/**
 * `billing`: the programme is paid per client-month, i.e. for every month
 * each client was served in, so the base is the sum of `monthly[].clients`
 * (not `clients.unique`). The rate has at most 2 decimals (the config's schema
 * checks it), so the amount in cents is exact. Null when the config sets no rate.
 */
export function computeBilling(
  monthly: Statistics['monthly'],
  billing: Config['billing'],
): Statistics['billing'] {
  if (billing === null) return null;
  const clientMonths = monthly.reduce((sum, month) => sum + month.clients, 0);
  // In whole cents, so that the amount is exactly client-months × the printed rate.
  const rateCents = Math.round(billing.ratePerClientMonth * 100);
  return {
    clientMonths,
    ratePerClientMonth: rateCents / 100,
    amount: (clientMonths * rateCents) / 100,
    currency: billing.currency,
  };
}
