import { spawnSync } from 'node:child_process';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { barChart, valueAxis } from '../../src/render/charts.js';
import { SERIES, SEX_COLOURS } from '../../src/render/theme.js';
import { registerPdfFonts } from '../../src/render/fonts.js';
import { drawChartSvg } from '../../src/render/svg.js';

const spec = {
  labels: ['jūnijs', 'jūlijs', 'Ķekavas novads'],
  series: [
    { label: 'Klienti', values: [120, 131, 4], texts: ['120', '131', '<5'], color: SERIES.primary },
  ],
  width: 400,
  height: 160,
};
/** Text widths as the report's PDF sets them. */
const measure = registerPdfFonts(new PDFDocument({ size: 'A4' }));

/** A two-band age pyramid of these women and men. */
const pyramid = (women: number[], men: number[]) =>
  barChart(
    {
      labels: ['0–13 gadi', '35–64 gadi'],
      series: [
        { label: 'Sievietes', values: women, color: SEX_COLOURS.women },
        { label: 'Vīrieši', values: men, color: SEX_COLOURS.men },
      ],
      pyramid: true,
      width: 400,
      height: 120,
    },
    measure,
  );

describe('barChart', () => {
  it('gives the shapes as a scalable SVG and the text as runs for the PDF', () => {
    const { svg, texts, width, height } = barChart(spec, measure);
    expect([width, height]).toEqual([400, 160]);
    expect(svg).toContain('viewBox="0 0 400 160"');
    expect(svg).not.toContain('<text');
    expect(svg).toContain('fill="#0072B2"');
    const labels = texts.map((run) => run.text);
    // Axis labels, the values on the bars (including the masked one), the axis ticks.
    expect(labels).toEqual(expect.arrayContaining(['jūnijs', 'Ķekavas novads', '120', '<5', '0']));
    const value = texts.find((run) => run.text === '131')!;
    expect(value).toMatchObject({ align: 'center', baseline: 'bottom', size: 8.5, bold: false });
  });

  it('draws the same chart the same way every time', () => {
    // The canvas numbers clip paths from a process-wide counter; the PDF uses no ids.
    const normal = (svg: string) => svg.replace(/cl_[0-9a-f]+/g, 'cl');
    const draw = () => {
      const chart = barChart(spec, measure);
      return { ...chart, svg: normal(chart.svg) };
    };
    expect(draw()).toEqual(draw());
  });

  it('draws a pyramid with its halves in two colours', () => {
    const { svg } = pyramid([1, 26], [1, 36]);
    expect(svg).toContain(`fill="${SEX_COLOURS.women}"`);
    expect(svg).toContain(`fill="${SEX_COLOURS.men}"`);
  });
});

describe('chart text', () => {
  it('is laid out with the widths the PDF sets it in', () => {
    const horizontal = { ...spec, horizontal: true };
    const wider: typeof measure = (text, size, bold) => measure(text, size, bold) + 20;
    const labelX = (chart: ReturnType<typeof barChart>) =>
      (({ x, matrix }) => x + matrix[4])(chart.texts.find((run) => run.text === 'Ķekavas novads')!);
    // Category labels are right-aligned against the bars: 20 points wider labels move them 20 points right.
    const normal = labelX(barChart(horizontal, measure));
    expect(labelX(barChart(horizontal, wider)) - normal).toBeCloseTo(20, 0);
    // And the labels' column is as wide as the longest label in the PDF's font, plus padding.
    expect(normal).toBeGreaterThan(measure('Ķekavas novads', 8.5, false));
    expect(normal).toBeLessThan(measure('Ķekavas novads', 8.5, false) + 20);
  });

  it('never reaches the canvas, which measures and draws no text and loads no font', () => {
    // In a fresh process, with the system fonts the canvas would load unless told not to.
    // The charts load first (they set that up); the spies then go on the canvas's context
    // class, which is process-wide.
    const script = `
      const { barChart } = await import('./dist/render/charts.js');
      const { createCanvas } = await import('./dist/render/canvas.js');
      const context = Object.getPrototypeOf(createCanvas(1, 1).getContext('2d'));
      const calls = { measureText: 0, fillText: 0, strokeText: 0 };
      for (const name of Object.keys(calls)) {
        const original = context[name];
        context[name] = function (...args) { calls[name]++; return original.apply(this, args); };
      }
      const chart = barChart(${JSON.stringify({ ...spec, legend: true })}, (text) => text.length * 5);
      const { GlobalFonts } = await import('@napi-rs/canvas');
      const fonts = GlobalFonts.families.length;
      console.log(JSON.stringify({ calls, fonts, texts: chart.texts.length }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { ...process.env, DISABLE_SYSTEM_FONTS_LOAD: '' },
    });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    expect(result.calls).toEqual({ measureText: 0, fillText: 0, strokeText: 0 });
    expect(result.fonts).toBe(0);
    expect(result.texts).toBeGreaterThan(5);
  });
});

describe('valueAxis', () => {
  it('ends on a multiple of a round whole step, in at most the given number of steps', () => {
    // The sample's pyramid: 43 women aged 35–64, plus room for the label, three steps a side.
    expect(valueAxis(43 * 1.15, 3)).toEqual({ step: 20, max: 60 });
    expect(valueAxis(49.5, 5)).toEqual({ step: 10, max: 50 });
    // A one-month chart of small counts: whole steps, a handful of grid lines.
    expect(valueAxis(3.45, 5)).toEqual({ step: 1, max: 4 });
    expect(valueAxis(12, 5)).toEqual({ step: 5, max: 15 });
    expect(valueAxis(1150, 5)).toEqual({ step: 250, max: 1250 });
    expect(valueAxis(0.5, 5)).toEqual({ step: 1, max: 1 });
  });

  it('draws the pyramid axis symmetric, with ticks on every step', () => {
    // A longest bar of 40 once gave the axis "50 40 20 0 20 40 50".
    const { texts } = pyramid([20, 40], [20, 38]);
    // The tick labels are the lowest row of text.
    const top = (run: (typeof texts)[number]) => Math.round(run.y + run.matrix[5]);
    const lowest = Math.max(...texts.map(top));
    const ticks = texts
      .filter((run) => top(run) === lowest)
      .sort((a, b) => a.x + a.matrix[4] - (b.x + b.matrix[4]));
    expect(ticks.map((run) => run.text)).toEqual(['60', '40', '20', '0', '20', '40', '60']);
  });

  it('writes the bands of a month axis under it', () => {
    const { texts } = barChart(
      {
        ...spec,
        labels: ['nov.', 'dec.', 'janv.'],
        bands: [
          { label: '2020', first: 0, last: 1 },
          { label: '2021', first: 2, last: 2 },
        ],
      },
      measure,
    );
    const year = (label: string) => texts.find((run) => run.text === label)!;
    const month = texts.find((run) => run.text === 'dec.')!;
    expect(year('2020').y).toBeGreaterThan(month.y);
    expect(year('2021').x).toBeGreaterThan(year('2020').x);
  });
});

describe('drawChartSvg', () => {
  const render = (svg: string) => {
    const doc = new PDFDocument({ size: 'A4', compress: false });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    drawChartSvg(doc, svg, 50, 50, 200, 100);
    doc.end();
    return new Promise<string>((resolve) =>
      doc.on('end', () => resolve(Buffer.concat(chunks).toString('latin1'))),
    );
  };

  it('scales the viewBox into the box and paints paths and rects', async () => {
    const content = await render(
      '<svg viewBox="0 0 400 200" width="400" height="200">' +
        '<rect fill-opacity="0" width="400" height="200"/>' +
        '<path fill="#0072B2" d="M0 0L10 0L10 10Z"/></svg>',
    );
    // translate(50, 50) then scale(0.5): pdfkit writes them as matrices.
    expect(content).toContain('1 0 0 1 50 50 cm');
    expect(content).toContain('0.5 0 0 0.5 0 0 cm');
    expect(content).toContain('0 0.4470588235294118 0.6980392156862745 scn\nf');
  });

  it('hands SVG outside its subset to svg-to-pdfkit instead of failing', async () => {
    const content = await render(
      '<svg viewBox="0 0 100 100" width="100" height="100"><circle cx="50" cy="50" r="10" fill="#000"/></svg>',
    );
    expect(content).toContain('%PDF-');
  });
});
