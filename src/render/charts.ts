import { createCanvas, SvgExportFlag } from './canvas.js';
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
import { monthAbbreviation } from '../lv/months.js';
import { formatMonthName } from './format.js';
import type { TextMeasure } from './fonts.js';
import { COLOURS, SIZES } from './theme.js';

/**
 * Chart.js 4 drawing on an @napi-rs/canvas SVG canvas: the PDF gets vector
 * charts. The canvas draws the shapes only. Chart.js's `measureText` calls
 * are answered by the PDF's embedded font and its `fillText` calls are
 * recorded, and the PDF writes them as real text in that font: chart labels
 * are measured exactly as they are set, are selectable and searchable, and
 * far cheaper than glyph outlines; no label can fall back to another font.
 * Sizes are in PDF points (one canvas pixel = one point).
 */

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
  /**
   * Bands under the category axis that group its categories, e.g. the year
   * under its months: each names the first and last category index it spans.
   */
  bands?: { label: string; first: number; last: number }[];
}

const TEXT_COLOUR = COLOURS.text;
const FONT_SIZE = SIZES.chart;
/** The name Chart.js writes into canvas font strings; only the PDF's font ever sets the text. */
const FONT_FAMILY = 'Noto Sans';
let ready = false;

function setUp(): void {
  if (ready) return;
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

/**
 * Tells a new chart that its canvas already has the chart's size at one pixel
 * per point (barChart makes it so), so that Chart.js does not set both sizes
 * again: @napi-rs/canvas starts its SVG surface over on every size set, a
 * large part of the cost of a chart.
 */
const canvasAtSize: Plugin<'bar'> = {
  id: 'lskCanvasAtSize',
  beforeInit(chart) {
    (chart as { currentDevicePixelRatio: number }).currentDevicePixelRatio = 1;
  },
};

function configuration(spec: BarChartSpec): ChartConfiguration<'bar'> {
  const horizontal = spec.horizontal || spec.pyramid;
  const longest = Math.max(1, ...spec.series.flatMap((s) => s.values.map(Math.abs)));
  // Room for the value printed beyond the longest bar; a pyramid's two halves match.
  const axis = valueAxis(longest * 1.15, spec.pyramid ? 3 : 5);
  const valueAxisOptions = spec.pyramid
    ? {
        min: -axis.max,
        max: axis.max,
        ticks: {
          stepSize: axis.step,
          callback: (value: number | string) => formatNumber(Math.abs(Number(value))),
        },
      }
    : { min: 0, max: axis.max, ticks: { stepSize: axis.step, precision: 0 } };
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
      layout: { padding: { top: 4, right: 8, bottom: spec.bands ? BAND_HEIGHT : 0, left: 0 } },
      scales: {
        [horizontal ? 'x' : 'y']: {
          ...valueAxisOptions,
          grid: { color: COLOURS.faint },
          border: { display: false },
        },
        [horizontal ? 'y' : 'x']: {
          stacked: spec.pyramid,
          grid: { display: false },
          // Many categories (a long period's months) get a smaller font, never turned labels.
          ticks: {
            autoSkip: false,
            maxRotation: 0,
            ...(spec.labels.length > 12 ? { font: { size: SIZES.tiny } } : {}),
          },
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
    plugins: [canvasAtSize, barValues, categoryBands(spec.bands ?? [])],
  } as ChartConfiguration<'bar'>;
}

/** Whole-number steps a value axis may take (× 10ⁿ): counts are never split. */
const STEPS = [1, 2, 2.5, 5];

/**
 * The value axis for bars up to `value`: the smallest round step (1, 2, 2.5
 * or 5 × 10ⁿ, whole numbers only) that reaches `value` in at most `maxSteps`
 * steps, and the axis end, a multiple of that step. So an axis reads
 * "0 20 40 60", never "0 20 40 50", and never has more than `maxSteps` + 1
 * grid lines, however short the period.
 */
export function valueAxis(value: number, maxSteps: number): { step: number; max: number } {
  for (let scale = 1; ; scale *= 10) {
    for (const base of STEPS) {
      const step = base * scale;
      if (!Number.isInteger(step)) continue;
      const steps = Math.max(1, Math.ceil(value / step));
      if (steps <= maxSteps) return { step, max: steps * step };
    }
  }
}

/** Room under the category axis for its bands (a rule and a label). */
const BAND_HEIGHT = 16;

/** Draws each band under the category axis: a rule across its categories and its label centred below. */
function categoryBands(bands: NonNullable<BarChartSpec['bands']>): Plugin<'bar'> {
  return {
    id: 'lskCategoryBands',
    afterDraw(chart) {
      if (bands.length === 0) return;
      const { ctx } = chart;
      const scale = chart.scales.x!;
      const slot = scale.width / Math.max(1, chart.data.labels?.length ?? 1);
      const y = scale.bottom + 3;
      ctx.save();
      ctx.strokeStyle = COLOURS.rule;
      ctx.lineWidth = 0.75;
      ctx.font = `${FONT_SIZE}px "${FONT_FAMILY}"`;
      ctx.fillStyle = TEXT_COLOUR;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'top';
      for (const band of bands) {
        const left = scale.getPixelForValue(band.first) - slot / 2 + 2;
        const right = scale.getPixelForValue(band.last) + slot / 2 - 2;
        ctx.beginPath();
        ctx.moveTo(left, y);
        ctx.lineTo(right, y);
        ctx.stroke();
        ctx.fillText(band.label, (left + right) / 2, y + 2);
      }
      ctx.restore();
    },
  };
}

/** A piece of chart text, in canvas coordinates, as Chart.js asked the canvas to draw it. */
export interface ChartText {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  color: string;
  opacity: number;
  align: 'left' | 'center' | 'right';
  baseline: 'top' | 'middle' | 'bottom' | 'alphabetic' | 'hanging';
  /** The canvas transform at the time of drawing: a, b, c, d, e, f. */
  matrix: [number, number, number, number, number, number];
}

/** A chart ready for the PDF: its shapes as SVG, its text as text runs. */
export interface ChartDrawing {
  svg: string;
  texts: ChartText[];
  width: number;
  height: number;
}

/** `#rrggbb` or `rgba(r, g, b, a)` → colour and opacity. */
function parseColour(style: unknown): { color: string; opacity: number } {
  const text = typeof style === 'string' ? style : TEXT_COLOUR;
  const rgba = /^rgba?\(\s*(\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\s*\)$/.exec(text);
  if (!rgba) return { color: text, opacity: 1 };
  const hex = rgba
    .slice(1, 4)
    .map((part) => Number(part).toString(16).padStart(2, '0'))
    .join('');
  return { color: `#${hex}`, opacity: rgba[4] === undefined ? 1 : Number(rgba[4]) };
}

type Context = ReturnType<ReturnType<typeof createCanvas>['getContext']>;

/** Size and weight of a canvas font string such as `bold 8.5px "Noto Sans"`. */
function fontOf(font: string): { size: number; bold: boolean } {
  return {
    size: Number(/([\d.]+)px/.exec(font)?.[1] ?? FONT_SIZE),
    bold: /\b(bold|[6-9]00)\b/.test(font),
  };
}

/**
 * Hands the context's text to the PDF: `measureText` answers with the PDF
 * font's widths (Chart.js reads only `width`) and `fillText`, with which
 * Chart.js draws all its text, records instead of drawing.
 */
function textToPdf(context: Context, measure: TextMeasure, texts: ChartText[]): void {
  context.measureText = function (this: Context, text: string) {
    const { size, bold } = fontOf(this.font);
    return { width: measure(text, size, bold) } as ReturnType<Context['measureText']>;
  } as Context['measureText'];
  context.fillText = function (this: Context, text: string, x: number, y: number) {
    const m = this.getTransform();
    const align = this.textAlign;
    const baseline = this.textBaseline;
    texts.push({
      text,
      x,
      y,
      ...fontOf(this.font),
      ...parseColour(this.fillStyle),
      align:
        align === 'center' ? 'center' : align === 'right' || align === 'end' ? 'right' : 'left',
      baseline:
        baseline === 'top' ||
        baseline === 'middle' ||
        baseline === 'bottom' ||
        baseline === 'hanging'
          ? baseline
          : 'alphabetic',
      matrix: [m.a, m.b, m.c, m.d, m.e, m.f],
    });
  };
}

/**
 * Draws a bar chart: its shapes as an SVG document with a viewBox, its text
 * as runs laid out with `measure` (the PDF's font, see fonts.ts).
 */
export function barChart(spec: BarChartSpec, measure: TextMeasure): ChartDrawing {
  setUp();
  const width = Math.round(spec.width);
  const height = Math.round(spec.height);
  // Text would become glyph outlines here; none reaches the canvas, the flag is a safety net.
  const canvas = createCanvas(width, height, SvgExportFlag.ConvertTextToPaths);
  const context = canvas.getContext('2d');
  const texts: ChartText[] = [];
  textToPdf(context, measure, texts);
  // Chart.js sees no DOM and uses its BasicPlatform, which takes any 2D context.
  const chart = new Chart(context as unknown as ChartItem, configuration(spec));
  // Read the drawing before destroy(), which clears the canvas.
  const svg = canvas.getContent().toString('utf8');
  chart.destroy();
  return {
    svg: svg.replace(/<svg /, `<svg viewBox="0 0 ${width} ${height}" `),
    texts,
    width,
    height,
  };
}

/**
 * A month axis (`YYYY-MM` months): month names for up to six months of one
 * year, otherwise their abbreviations; the year in a band under its months when the period
 * spans more than one year, so no label has to be turned.
 */
export function monthAxis(months: string[]): Pick<BarChartSpec, 'labels' | 'bands'> {
  const years = [...new Set(months.map((month) => month.slice(0, 4)))];
  const short = years.length > 1 || months.length > 6;
  const labels = months.map((month) =>
    short ? monthAbbreviation(Number(month.slice(5, 7))) : formatMonthName(month),
  );
  if (years.length === 1) return { labels };
  const bands = years.map((year) => ({
    label: year,
    first: months.findIndex((month) => month.startsWith(year)),
    last: months.findLastIndex((month) => month.startsWith(year)),
  }));
  return { labels, bands };
}
