import { SERIES } from '../theme.js';
import type { SectionContext } from '../context.js';
import { serviceCells, servicesByClients, suppressionNote } from '../selections.js';
import { formatCount } from '../format.js';
import { SERVICE_NAMES, capitalise } from '../labels.js';
import { anySuppressed } from '../suppress.js';
import { drawTable } from '../tables.js';

/** 6. Services by category: clients and contacts, most used first. */
export function drawServices(context: SectionContext): void {
  const { layout, stats, narratives } = context;
  const height = 30 + stats.services.length * 16;
  layout.section('6. Sniegtie pakalpojumi', narratives.services);
  const services = servicesByClients(stats);
  const table = serviceCells(context);
  const clientCells = table.map((row) => row[0]!);
  if (services.length > 0) {
    layout.chart('Klienti pa pakalpojumu veidiem', {
      labels: services.map((service) => capitalise(SERVICE_NAMES[service.code])),
      series: [
        {
          label: 'Klienti',
          values: services.map((service, index) =>
            clientCells[index]!.suppressed ? 0 : service.clients,
          ),
          texts: clientCells.map((cell) => cell.text),
          color: SERIES.primary,
        },
      ],
      horizontal: true,
      width: layout.width,
      height,
    });
  }
  const drawn = drawTable(layout, {
    columns: [
      { header: 'Pakalpojums', width: 0.64 },
      { header: 'Klienti', width: 0.18, align: 'right' },
      { header: 'Kontakti', width: 0.18, align: 'right' },
    ],
    rows: services.map((service, index) => [
      capitalise(SERVICE_NAMES[service.code]),
      ...table[index]!.map((cell) => cell.text),
    ]),
    total: ['Kopā', '', formatCount(stats.contacts.total)],
    // The narrative says that no service was given.
    allZero: '',
  });
  if (!drawn) return;
  layout.note(
    'Viens klients var saņemt vairāku veidu pakalpojumus, tāpēc klientu skaitu kolonnā nesaskaita.',
  );
  if (stats.suppressBelow !== null && anySuppressed(...table)) {
    layout.note(suppressionNote(stats.suppressBelow));
  }
}
