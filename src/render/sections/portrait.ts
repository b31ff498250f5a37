import { AGE_BANDS } from '../../model/codes.js';
import { barChart, PALETTE } from '../charts.js';
import { suppressionNote, type SectionContext } from '../context.js';
import { formatAverage, formatCount } from '../format.js';
import { AGE_BAND_LABELS, AGE_GROUP_LABELS, capitalise } from '../labels.js';
import { anySuppressed, SECONDARY_MARK, suppressGrid, type Cell } from '../suppress.js';
import { drawFigures, drawTable } from '../tables.js';
import type { Statistics } from '../../stats/schema.js';

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

  const grid = ageBandGrid(stats);
  const groupCells = ageGroupCells(grid, stats.ageGroups);
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
            values: groups.map((key) => (groupCells[key].suppressed ? 0 : groupCells[key].value)),
            texts: groups.map((key) => groupCells[key].text),
            color: groups.map((key) => GROUP_COLOURS[key]),
          },
        ],
        horizontal: true,
        width: layout.width,
        height: groupHeight,
      }),
    );
  }

  drawAgeBands(context, grid);

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

/** Age band × (women, men, unknown gender, total), masked as printed: rows and columns add up to printed totals. */
function ageBandGrid(stats: Statistics): Cell[][] {
  const rows = AGE_BANDS.map((band) => {
    const entry = stats.ageBands[band];
    return [entry.female, entry.male, entry.unknown, entry.female + entry.male + entry.unknown];
  });
  return suppressGrid(rows, stats.suppressBelow, {
    format: formatCount,
    rowTotalsPrinted: true,
    columnTotalsPrinted: true,
  });
}

const ADULT_BANDS = ['18-34', '35-64', '65+'] as const;
const CHILD_BANDS = ['0-13', '14-17'] as const;

/**
 * The women / men / children figures as printed beside the age-band table.
 * Each is a sum of cells of that table; printed exactly, a sum that includes a
 * masked cell would give it away, so such a sum is masked too ("×"). A sum of
 * unmasked cells is 0 or at least k, and safe.
 */
function ageGroupCells(
  grid: readonly Cell[][],
  groups: Statistics['ageGroups'],
): Record<keyof Statistics['ageGroups'], Cell> {
  const at = (band: (typeof AGE_BANDS)[number], column: number) =>
    grid[AGE_BANDS.indexOf(band)]![column]!;
  const sumOf = (value: number, parts: readonly Cell[]): Cell =>
    parts.some((cell) => cell.suppressed !== null)
      ? { value, text: SECONDARY_MARK, suppressed: 'secondary' }
      : { value, text: formatCount(value), suppressed: null };
  const adults = (column: number) => ADULT_BANDS.map((band) => at(band, column));
  return {
    women: sumOf(groups.women, adults(0)),
    men: sumOf(groups.men, adults(1)),
    adultsUnknownGender: sumOf(groups.adultsUnknownGender, adults(2)),
    children: sumOf(
      groups.children,
      CHILD_BANDS.map((band) => at(band, 3)),
    ),
    unknownAge: sumOf(groups.unknownAge, [at('unknown', 3)]),
  };
}

/** The age pyramid (women left, men right) and the full age-band table. */
function drawAgeBands(context: SectionContext, grid: Cell[][]): void {
  const { layout, stats } = context;
  const bands = AGE_BANDS.filter((band) => band !== 'unknown');
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
