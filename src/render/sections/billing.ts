import type { SectionContext } from '../context.js';
import { formatCount, formatMoney } from '../format.js';
import { drawFigures } from '../tables.js';

/** 10. Billing by client-months, only when the config sets a rate. */
export function drawBilling(context: SectionContext): void {
  const { layout, stats, config, narratives } = context;
  const billing = stats.billing;
  if (!billing) return;
  const vat = config.billing?.vatExcluded === true ? ' (bez PVN)' : '';
  layout.section('10. Norēķini', narratives.billing);
  drawFigures(
    layout,
    [
      ['Klientmēneši (mēnešu klientu skaitu summa)', formatCount(billing.clientMonths)],
      [
        `Likme par vienu klientmēnesi${vat}`,
        formatMoney(billing.ratePerClientMonth, billing.currency),
      ],
    ],
    {
      valueHeader: 'Vērtība',
      total: [`Summa${vat}`, formatMoney(billing.amount, billing.currency)],
    },
  );
  layout.note('Summa = klientmēneši × likme, noapaļota līdz centiem.');
}
