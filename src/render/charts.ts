import { createCanvas, GlobalFonts, SvgExportFlag } from '@napi-rs/canvas';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  type ChartConfiguration,
  type ChartItem,
  type Plugin,
} from 'chart.js';
import { formatNumber } from '../lv/numbers.js';
import { FONT_FAMILY, fontPaths } from './fonts.js';

/**
 * Chart.js 4 drawing on an @napi-rs/canvas SVG canvas, text converted to
 * paths: the PDF gets vector charts whose Latvian letters cannot go missing.
 * Sizes are in PDF points (one canvas pixel = one point).
 */

/** Okabe–Ito: distinguishable with every common colour-vision deficiency. */
export const PALETTE = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  sky: '#56B4E9',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  yellow: '#F0E442',
  grey: '#999999',
} as const;

export interface BarSeries {
  label: string;
  values: number[];
  /** What to print at each bar's end (already formatted, e.g. "<5"); default: none. */
  texts?: string[];
  /** One colour for the series, or one per bar. */
  color: string | string[];
}

export interface BarChartSpec {
  labels: string[];
  series: BarSeries[];
  width: number;
  height: number;
  /** Bars grow to the right (long category names) instead of upwards. */
  horizontal?: boolean;
  /** Population pyramid: the first series to the left, the second to the right. */
  pyramid?: boolean;
  legend?: boolean;
}

const TEXT_COLOUR = '#333333';
const FONT_SIZE = 8.5;
let ready = false;

function setUp(): void {
  if (ready) return;
  const paths = fontPaths();
  GlobalFonts.registerFromPath(paths.regular, FONT_FAMILY);
  GlobalFonts.registerFromPath(paths.bold, FONT_FAMILY);
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);
  Chart.defaults.font.family = FONT_FAMILY;
  Chart.defaults.font.size = FONT_SIZE;
  Chart.defaults.color = TEXT_COLOUR;
  ready = true;
}

/** Prints each series' `texts` at the outer end of its bars. */
const barValues: Plugin<'bar'> = {
  id: 'lskBarValues',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    ctx.save();
    ctx.font = `${FONT_SIZE}px "${FONT_FAMILY}"`;
    ctx.fillStyle = TEXT_COLOUR;
    chart.data.datasets.forEach((dataset, datasetIndex) => {
      const { texts, leftwards } = dataset as { texts?: string[]; leftwards?: boolean };
      if (!texts || !chart.isDatasetVisible(datasetIndex)) return;
      chart.getDatasetMeta(datasetIndex).data.forEach((bar, index) => {
        const text = texts[index];
        if (!text) return;
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
        if (horizontal) {
          ctx.textBaseline = 'middle';
          ctx.textAlign = leftwards ? 'right' : 'left';
          ctx.fillText(text, leftwards ? x - 3 : x + 3, y);
        } else {
          ctx.textBaseline = 'bottom';
          ctx.textAlign = 'center';
          ctx.fillText(text, x, y - 2);
        }
      });
    });
    ctx.restore();
  },
};

function configuration(spec: BarChartSpec): ChartConfiguration<'bar'> {
  const horizontal = spec.horizontal || spec.pyramid;
  const longest = Math.max(1, ...spec.series.flatMap((s) => s.values.map(Math.abs)));
  // Room for the value printed beyond the longest bar; a pyramid's two halves must match.
  const end = niceCeiling(longest * 1.2);
  const valueAxis = spec.pyramid
    ? {
        min: -end,
        max: end,
        ticks: { callback: (value: number | string) => formatNumber(Math.abs(Number(value))) },
      }
    : { beginAtZero: true, grace: '15%', ticks: { precision: 0 } };
  return {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((series, index) => ({
        label: series.label,
        data: spec.pyramid && index === 0 ? series.values.map((v) => -v) : series.values,
        texts: series.texts,
        leftwards: spec.pyramid && index === 0,
        backgroundColor: series.color,
        borderWidth: 0,
        maxBarThickness: 28,
        categoryPercentage: spec.pyramid ? 0.9 : 0.8,
        barPercentage: spec.pyramid ? 1 : 0.9,
      })),
    },
    options: {
      locale: 'lv',
      animation: false,
      responsive: false,
      devicePixelRatio: 1,
      indexAxis: horizontal ? 'y' : 'x',
      layout: { padding: { top: 4, right: 8, bottom: 0, left: 0 } },
      scales: {
        [horizontal ? 'x' : 'y']: {
          ...valueAxis,
          grid: { color: '#e5e5e5' },
          border: { display: false },
        },
        [horizontal ? 'y' : 'x']: {
          stacked: spec.pyramid,
          grid: { display: false },
          ticks: { autoSkip: false },
        },
      },
      plugins: {
        legend: {
          display: spec.legend ?? spec.series.length > 1,
          position: 'top',
          labels: { boxWidth: 10, boxHeight: 10 },
        },
      },
    },
    plugins: [barValues],
  } as ChartConfiguration<'bar'>;
}

/** The smallest of 1, 2, 2.5, 5 × 10ⁿ (n ≥ 0) that is at least `value`. */
export function niceCeiling(value: number): number {
  let scale = 1;
  while (scale * 10 < value) scale *= 10;
  for (const step of [1, 2, 2.5, 5, 10]) if (step * scale >= value) return step * scale;
  return 10 * scale;
}

/** Draws a bar chart and returns it as an SVG document with a viewBox. */
export function barChartSvg(spec: BarChartSpec): string {
  setUp();
  const canvas = createCanvas(
    Math.round(spec.width),
    Math.round(spec.height),
    SvgExportFlag.ConvertTextToPaths,
  );
  const context = canvas.getContext('2d');
  // Chart.js sees no DOM and uses its BasicPlatform, which takes any 2D context.
  const chart = new Chart(context as unknown as ChartItem, configuration(spec));
  // Read the drawing before destroy(), which clears the canvas.
  const svg = canvas.getContent().toString('utf8');
  chart.destroy();
  // A viewBox lets svg-to-pdfkit scale the drawing to the box it is given.
  return svg.replace(
    /<svg /,
    `<svg viewBox="0 0 ${Math.round(spec.width)} ${Math.round(spec.height)}" `,
  );
}
