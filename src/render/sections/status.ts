import { ARRIVALS, LEGAL_STATUSES } from '../../model/codes.js';
import type { SectionContext } from '../context.js';
import { formatCount } from '../format.js';
import { ARRIVAL_LABELS, LEGAL_STATUS_LABELS, capitalise } from '../labels.js';
import { drawTable } from '../tables.js';

/** 5. Legal status on the latest contact, and how clients came to Latvia. */
export function drawStatus(context: SectionContext): void {
  const { layout, stats, narratives } = context;
  layout.section('5. Tiesiskais statuss un ierašanās veids', narratives.status);
  drawTable(layout, {
    caption: 'Tiesiskais statuss (atbilstoši pēdējam kontaktam periodā)',
    columns: [
      { header: 'Statuss', width: 0.75 },
      { header: 'Klienti', width: 0.25, align: 'right' },
    ],
    rows: LEGAL_STATUSES.map((code) => [
      capitalise(LEGAL_STATUS_LABELS[code]),
      formatCount(stats.legalStatus[code]),
    ]),
    total: ['Kopā', formatCount(stats.clients.unique)],
    allZero:
      'Šajā periodā nebija neviena klienta, tāpēc ziņu par klientu tiesisko statusu un ierašanās veidu nav.',
  });
  drawTable(layout, {
    caption: 'Ierašanās veids',
    columns: [
      { header: 'Ierašanās veids', width: 0.75 },
      { header: 'Klienti', width: 0.25, align: 'right' },
    ],
    rows: ARRIVALS.map((code) => [
      capitalise(ARRIVAL_LABELS[code]),
      formatCount(stats.arrival[code]),
    ]),
    total: ['Kopā', formatCount(stats.clients.unique)],
    // With no client, the status table's sentence has said it.
    allZero: '',
  });
}
