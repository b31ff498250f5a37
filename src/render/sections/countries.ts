import { SERIES } from '../theme.js';
import { count } from '../../lv/plural.js';
import type { SectionContext } from '../context.js';
import { cells, suppressionNote, topCountries } from '../selections.js';
import { formatCount } from '../format.js';
import { anySuppressed, suppressBreakdown } from '../suppress.js';
import { drawTable } from '../tables.js';

/** 4. Countries of origin: the top countries and "citas valstis" as a chart (as the narrative names them), then the full table. */
export function drawCountries(context: SectionContext): void {
  const { layout, stats, config, narratives } = context;
  const { top, rest } = topCountries(stats, config.topCountries);
  const height = 30 + (top.length + (rest.length > 0 ? 1 : 0)) * 22;
  layout.section('4. Klientu izcelsmes valstis', narratives.countries);

  const countryCells = cells(
    context,
    stats.countries.map((country) => country.clients),
  );
  const topCells = top.map((country) => countryCells[stats.countries.indexOf(country)]!);
  const labels = top.map((country) => country.name);
  const values = top.map((country, index) => (topCells[index]!.suppressed ? 0 : country.clients));
  const texts = topCells.map((cell) => cell.text);
  if (rest.length > 0) {
    // The rest's sum is what the table's countries add up to beyond the top: no new information.
    const others = rest.reduce((sum, country) => sum + country.clients, 0);
    const [othersCell] = suppressBreakdown([others], stats.suppressBelow, {
      totalPrinted: false,
      format: formatCount,
    });
    labels.push('citas valstis');
    values.push(othersCell!.suppressed ? 0 : others);
    texts.push(othersCell!.text);
  }
  if (labels.length > 0) {
    layout.chart('Visvairāk pārstāvētās valstis (klienti)', {
      labels,
      series: [
        {
          label: 'Klienti',
          values,
          texts,
          // "Citas valstis" is a residual, not a country: grey.
          color: labels.map((_, index) => (index < top.length ? SERIES.primary : SERIES.residual)),
        },
      ],
      horizontal: true,
      width: layout.width,
      height,
    });
  }

  drawTable(layout, {
    caption: 'Visas valstis',
    columns: [
      { header: 'Nr.', width: 0.1, align: 'right' },
      { header: 'Valsts (pilsonība)', width: 0.65 },
      { header: 'Klienti', width: 0.25, align: 'right' },
    ],
    rows: stats.countries.map((country, index) => [
      `${index + 1}.`,
      country.name,
      countryCells[index]!.text,
    ]),
    total: ['', `Kopā (${count(stats.countryCount, 'valsts')})`, formatCount(stats.clients.unique)],
  });
  if (stats.suppressBelow !== null && anySuppressed(countryCells)) {
    layout.note(suppressionNote(stats.suppressBelow));
  }
}
