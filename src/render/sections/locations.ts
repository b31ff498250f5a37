import { typeset } from '../../lv/typography.js';
import type { SectionContext } from '../context.js';
import { locationCells as locationCellsOf, suppressionNote } from '../selections.js';
import { formatCount } from '../format.js';
import { anySuppressed } from '../suppress.js';
import { drawTable } from '../tables.js';

/** 8. Where clients live, by their latest contact in the period. */
export function drawLocations(context: SectionContext): void {
  const { layout, stats, narratives } = context;
  layout.section('8. Klientu dzīvesvieta', narratives.locations);
  const locationCells = locationCellsOf(context);
  drawTable(layout, {
    columns: [
      { header: 'Dzīvesvieta (atbilstoši pēdējam kontaktam periodā)', width: 0.75 },
      { header: 'Klienti', width: 0.25, align: 'right' },
    ],
    rows: stats.locations.map((location, index) => [
      typeset(location.name),
      locationCells[index]!.text,
    ]),
    total: ['Kopā', formatCount(stats.clients.unique)],
    allZero: 'Šajā periodā nebija neviena klienta, tāpēc ziņu par klientu dzīvesvietām nav.',
  });
  if (stats.suppressBelow !== null && anySuppressed(locationCells)) {
    layout.note(suppressionNote(stats.suppressBelow));
  }
}
