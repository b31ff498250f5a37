import { SERIES } from '../theme.js';
import { joinList } from '../../lv/list.js';
import { count } from '../../lv/plural.js';
import type { SectionContext } from '../context.js';
import {
  countryCells,
  countryShares,
  HIDDEN_SHARE_NOTE,
  isoCountries,
  suppressionNote,
  topCountries,
} from '../selections.js';
import { formatShare } from '../shares.js';
import { formatCount } from '../format.js';
import { anySuppressed, SECONDARY_MARK, suppressBreakdown } from '../suppress.js';
import { drawTable } from '../tables.js';

/** 4. Countries of origin: the top countries and "citas valstis" as a chart (as the narrative names them), then the full table. */
export function drawCountries(context: SectionContext): void {
  const { layout, stats, config, narratives } = context;
  const { top, rest } = topCountries(stats, config.topCountries);
  const height = 30 + (top.length + (rest.length > 0 ? 1 : 0)) * 22;
  layout.section('4. Klientu izcelsmes valstis', narratives.countries);

  const cells = countryCells(context);
  // Each row's share of all clients; the rows, stateless and unknown included, add up to 100 %.
  const shares = countryShares(context);
  const withShares = stats.clients.unique > 0;
  const cellOf = (country: (typeof stats.countries)[number]) =>
    cells[stats.countries.indexOf(country)]!;
  const shareOf = (country: (typeof stats.countries)[number]) =>
    withShares ? [formatShare(shares[stats.countries.indexOf(country)]!, SECONDARY_MARK)] : [];
  const countries = isoCountries(stats);
  const others = stats.countries.filter((country) => !countries.includes(country));
  const topCells = top.map(cellOf);
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
    // The bars add up to the clients with a country; say who else the headline counts.
    const missing = others.map((country) =>
      country.code === 'stateless'
        ? `bezvalstnieku (${cellOf(country).text})`
        : `klientu, kuru pilsonība nav zināma (${cellOf(country).text})`,
    );
    if (missing.length > 0) {
      layout.note(`Grafikā nav ${joinList(missing)}; tie ir tabulā aiz valstīm.`);
    }
  }

  const drawn = drawTable(layout, {
    caption: 'Visas valstis',
    columns: [
      { header: 'Nr.', width: 0.1, align: 'right' },
      { header: 'Valsts (pilsonība)', width: withShares ? 0.55 : 0.65 },
      { header: 'Klienti', width: withShares ? 0.175 : 0.25, align: 'right' },
      ...(withShares ? [{ header: 'Daļa', width: 0.175, align: 'right' as const }] : []),
    ],
    // Countries numbered; stateless and unknown citizenship after them, unnumbered.
    rows: [
      ...countries.map((country, index) => [
        `${index + 1}.`,
        country.name,
        cellOf(country).text,
        ...shareOf(country),
      ]),
      ...others.map((country) => ['', country.name, cellOf(country).text, ...shareOf(country)]),
    ],
    total: [
      '',
      `Kopā (${joinList([count(stats.countryCount, 'valsts'), ...others.map(residualName)])})`,
      formatCount(stats.clients.unique),
      ...(withShares ? [formatShare(100, SECONDARY_MARK)] : []),
    ],
    allZero: 'Šajā periodā nebija neviena klienta, tāpēc ziņu par klientu izcelsmes valstīm nav.',
  });
  if (drawn && stats.suppressBelow !== null && anySuppressed(cells)) {
    layout.note(`${suppressionNote(stats.suppressBelow)} ${HIDDEN_SHARE_NOTE}`);
  }
}

/** What a row that is no country counts, in the total's label: "bezvalstnieki", "nezināma pilsonība". */
function residualName(country: { code: string }): string {
  return country.code === 'stateless' ? 'bezvalstnieki' : 'nezināma pilsonība';
}
