import { AGE_BANDS } from '../../model/codes.js';
import { SERIES, SEX_COLOURS } from '../theme.js';
import type { SectionContext } from '../context.js';
import { cells, suppressionNote } from '../selections.js';
import { formatAverage, formatCount } from '../format.js';
import { AGE_BAND_LABELS, AGE_GROUP_LABELS, capitalise } from '../labels.js';
import { anySuppressed, protectTable, type Cell } from '../suppress.js';
import { drawFigures, drawTable } from '../tables.js';
import type { Statistics } from '../../model/statistics.js';

/** One series (clients by group): known groups in the series colour, unknowns grey. */
const GROUP_COLOURS = {
  women: SERIES.primary,
  men: SERIES.primary,
  children: SERIES.primary,
  adultsUnknownGender: SERIES.residual,
  unknownAge: SERIES.residual,
} as const;

/** 3. Women / men / children, the age pyramid, average ages, families and individuals. */
export function drawPortrait(context: SectionContext): void {
  const { layout, stats, narratives } = context;
  layout.section('3. Klientu sociālais portrets', narratives.portrait);

  const groups = (
    ['women', 'men', 'children', 'adultsUnknownGender', 'unknownAge'] as const
  ).filter(
    (key) => key === 'women' || key === 'men' || key === 'children' || stats.ageGroups[key] > 0,
  );
  // Small groups print as "<k", as the narrative says them; the table below keeps the sums safe.
  const groupCells = cells(
    context,
    groups.map((key) => stats.ageGroups[key]),
    false,
  );
  const groupHeight = 24 + groups.length * 24;
  // A period without clients gets tables of zeros, not empty charts.
  if (stats.clients.unique > 0) {
    layout.chart('Sievietes, vīrieši un bērni', {
      labels: groups.map((key) => capitalise(AGE_GROUP_LABELS[key])),
      series: [
        {
          label: 'Klienti',
          values: groupCells.map((cell) => (cell.suppressed ? 0 : cell.value)),
          texts: groupCells.map((cell) => cell.text),
          color: groups.map((key) => GROUP_COLOURS[key]),
        },
      ],
      horizontal: true,
      width: layout.width,
      height: groupHeight,
    });
  }

  drawAgeBands(context, ageBandGrid(stats));

  drawFigures(
    layout,
    [
      ['Sieviešu vidējais vecums, gados', formatAverage(stats.averageAge.women)],
      ['Vīriešu vidējais vecums, gados', formatAverage(stats.averageAge.men)],
      [
        'Ģimenes (divi vai vairāk klienti no vienas ģimenes)',
        formatCount(stats.households.families),
      ],
      ['Klienti ģimenēs', formatCount(stats.households.familyMembers)],
      ['Individuālas personas', formatCount(stats.households.individuals)],
    ],
    {
      valueHeader: 'Vērtība',
      caption: 'Vidējais vecums un mājsaimniecības',
      // With no client, the age-band table's sentence has said it.
      allZero: '',
    },
  );
}

const ADULT_BANDS = ['18-34', '35-64', '65+'] as const;
const CHILD_BANDS = ['0-13', '14-17'] as const;
const row = (band: (typeof AGE_BANDS)[number]) => AGE_BANDS.indexOf(band);

/**
 * Age band × (women, men, unknown gender, total), masked as printed. Each row's
 * total is its cells' sum; the columns add up to the printed "Kopā" row; the
 * women, men, adults of unknown gender and children figures of the chart and
 * narrative beside the table are sums of its cells, and so is the count of
 * clients of unknown age when printed in full: all of them are facts a reader
 * has, so none gives a masked cell away.
 */
function ageBandGrid(stats: Statistics): Cell[][] {
  const rows = AGE_BANDS.map((band) => {
    const entry = stats.ageBands[band];
    return [entry.female, entry.male, entry.unknown, entry.female + entry.male + entry.unknown];
  });
  const k = stats.suppressBelow;
  const adults = (column: number) => ADULT_BANDS.map((band) => [row(band), column] as const);
  const column = (index: number) => AGE_BANDS.map((band) => [row(band), index] as const);
  const groups = [
    adults(0),
    adults(1),
    adults(2),
    CHILD_BANDS.map((band) => [row(band), 3] as const),
  ];
  // "<k" in the narrative is no exact sum; a count printed in full is.
  if (k === null || stats.ageGroups.unknownAge >= k) groups.push([[row('unknown'), 3]]);
  return protectTable(rows, k, {
    format: formatCount,
    sums: [[0, 1, 2, 3].map(column), groups].flat(),
    totals: rows.map((_, index) => ({
      total: [index, 3] as const,
      parts: [0, 1, 2].map((part) => [index, part] as const),
    })),
  });
}

/** The age pyramid (women left, men right) and the full age-band table. */
function drawAgeBands(context: SectionContext, grid: Cell[][]): void {
  const { layout, stats } = context;
  const bands = AGE_BANDS.filter((band) => band !== 'unknown');
  const rowCells = grid.map((row) => row.slice(0, 3));

  // Youngest on top, in the table's order, so chart and table read alike.
  const pyramidBands = bands;
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
    layout.chart('Vecuma grupas (Eurostat klasifikācija): sievietes pa kreisi, vīrieši pa labi', {
      labels: pyramidBands.map((band) => AGE_BAND_LABELS[band]),
      series: [
        { label: 'Sievietes', ...side(0), color: SEX_COLOURS.women },
        { label: 'Vīrieši', ...side(1), color: SEX_COLOURS.men },
      ],
      pyramid: true,
      legend: true,
      width: layout.width,
      height,
    });
  }

  // The pyramid shows women and men of a known age band; the table has everyone.
  const leftOut =
    stats.ageGroups.unknownAge + stats.gender.unknown - stats.ageBands.unknown.unknown;
  if (leftOut > 0 && stats.clients.unique - stats.ageGroups.unknownAge > 0) {
    layout.note(
      'Piramīdā nav klientu, kuru vecums vai dzimums nav zināms; tabulā tie ir rindā „Vecums nav zināms” un ailē „Dzimums nav zināms”.',
    );
  }
  const drawn = drawTable(layout, {
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
    allZero:
      'Šajā periodā nebija neviena klienta, tāpēc ziņu par klientu dzimumu, vecumu un mājsaimniecībām nav.',
  });
  if (drawn && stats.suppressBelow !== null && anySuppressed(...grid)) {
    layout.note(suppressionNote(stats.suppressBelow));
  }
}
