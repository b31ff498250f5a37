import { AGE_BANDS } from '../../model/codes.js';
import { barChart, PALETTE } from '../charts.js';
import { suppressionNote, type SectionContext } from '../context.js';
import { formatAverage, formatCount } from '../format.js';
import { AGE_BAND_LABELS, AGE_GROUP_LABELS, capitalise } from '../labels.js';
import { anySuppressed, suppressGrid } from '../suppress.js';
import { drawFigures, drawTable } from '../tables.js';

const GROUP_COLOURS = {
  women: PALETTE.orange,
  men: PALETTE.blue,
  children: PALETTE.green,
  adultsUnknownGender: PALETTE.grey,
  unknownAge: PALETTE.grey,
} as const;

/** 3. Women / men / children, the age pyramid, average ages, families and individuals. */
export function drawPortrait(context: SectionContext): void {
  const { layout, stats, narratives } = context;
  layout.section('3. Klientu sociālais portrets', narratives.portrait, 160);

  const groups = (
    ['women', 'men', 'children', 'adultsUnknownGender', 'unknownAge'] as const
  ).filter(
    (key) => key === 'women' || key === 'men' || key === 'children' || stats.ageGroups[key] > 0,
  );
  const groupHeight = 24 + groups.length * 24;
  // A period without clients gets tables of zeros, not empty charts.
  if (stats.clients.unique > 0) {
    layout.caption('Sievietes, vīrieši un bērni', groupHeight);
    layout.chart(
      barChart({
        labels: groups.map((key) => capitalise(AGE_GROUP_LABELS[key])),
        series: [
          {
            label: 'Klienti',
            values: groups.map((key) => stats.ageGroups[key]),
            texts: groups.map((key) => formatCount(stats.ageGroups[key])),
            color: groups.map((key) => GROUP_COLOURS[key]),
          },
        ],
        horizontal: true,
        width: layout.width,
        height: groupHeight,
      }),
    );
  }

  drawAgeBands(context);

  drawFigures(
    layout,
    [
      ['Sieviešu vidējais vecums, gados', formatAverage(stats.averageAge.women)],
      ['Vīriešu vidējais vecums, gados', formatAverage(stats.averageAge.men)],
      [
        'Ģimenes (divi vai vairāk klienti ar kopīgu ģimenes identifikatoru)',
        formatCount(stats.households.families),
      ],
      ['Klienti ģimenēs', formatCount(stats.households.familyMembers)],
      ['Individuālas personas', formatCount(stats.households.individuals)],
    ],
    { valueHeader: 'Vērtība', caption: 'Vidējais vecums un mājsaimniecības' },
  );
}

/** The age pyramid (women left, men right) and the full age-band table. */
function drawAgeBands(context: SectionContext): void {
  const { layout, stats } = context;
  const bands = AGE_BANDS.filter((band) => band !== 'unknown');
  const rows = AGE_BANDS.map((band) => {
    const entry = stats.ageBands[band];
    return [entry.female, entry.male, entry.unknown, entry.female + entry.male + entry.unknown];
  });
  // Rows add up to their "Kopā" cell and columns to the printed gender totals.
  const grid = suppressGrid(rows, stats.suppressBelow, {
    format: formatCount,
    rowTotalsPrinted: true,
    columnTotalsPrinted: true,
  });
  const rowCells = grid.map((row) => row.slice(0, 3));

  // Oldest on top, as population pyramids are drawn.
  const pyramidBands = [...bands].reverse();
  const indexOf = (band: (typeof AGE_BANDS)[number]) => AGE_BANDS.indexOf(band);
  const side = (gender: 0 | 1) => ({
    values: pyramidBands.map((band) => {
      const cell = rowCells[indexOf(band)]![gender]!;
      return cell.suppressed ? 0 : cell.value;
    }),
    texts: pyramidBands.map((band) => {
      const cell = rowCells[indexOf(band)]![gender]!;
      return cell.value === 0 ? '' : cell.text;
    }),
  });
  if (stats.clients.unique - stats.ageGroups.unknownAge > 0) {
    const height = 40 + pyramidBands.length * 26;
    layout.caption(
      'Vecuma grupas (Eurostat klasifikācija): sievietes pa kreisi, vīrieši pa labi',
      height,
    );
    layout.chart(
      barChart({
        labels: pyramidBands.map((band) => AGE_BAND_LABELS[band]),
        series: [
          { label: 'Sievietes', ...side(0), color: PALETTE.orange },
          { label: 'Vīrieši', ...side(1), color: PALETTE.blue },
        ],
        pyramid: true,
        legend: true,
        width: layout.width,
        height,
      }),
    );
  }

  drawTable(layout, {
    columns: [
      { header: 'Vecuma grupa', width: 0.32 },
      { header: 'Sievietes', width: 0.17, align: 'right' },
      { header: 'Vīrieši', width: 0.17, align: 'right' },
      { header: 'Dzimums nav zināms', width: 0.17, align: 'right' },
      { header: 'Kopā', width: 0.17, align: 'right' },
    ],
    rows: AGE_BANDS.map((band, index) => [
      capitalise(AGE_BAND_LABELS[band]),
      ...grid[index]!.map((cell) => cell.text),
    ]),
    total: [
      'Kopā',
      formatCount(stats.gender.female),
      formatCount(stats.gender.male),
      formatCount(stats.gender.unknown),
      formatCount(stats.clients.unique),
    ],
  });
  if (stats.suppressBelow !== null && anySuppressed(...grid)) {
    layout.note(suppressionNote(stats.suppressBelow));
  }
}
