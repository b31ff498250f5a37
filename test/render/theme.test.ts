import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/render/charts.js';
import { registerPdfFonts } from '../../src/render/fonts.js';
import { COLOURS, SERIES, SEX_COLOURS } from '../../src/render/theme.js';

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, lighter over darker. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('theme colours', () => {
  it('computes contrast as WCAG does (worked values)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    // The orange the charts used before: too light for bars on white.
    expect(contrast('#E69F00', '#ffffff')).toBeCloseTo(2.25, 2);
  });

  it('gives every chart colour and every text colour at least 3:1 against white', () => {
    const drawn = {
      ...SERIES,
      text: COLOURS.text,
      muted: COLOURS.muted,
      accent: COLOURS.accent,
    };
    for (const [name, colour] of Object.entries(drawn)) {
      expect({ name, ratio: contrast(colour, '#ffffff') >= 3 }).toEqual({ name, ratio: true });
    }
  });

  it('keeps body text readable (4.5:1) on the header fill of tables and key figures', () => {
    for (const colour of [COLOURS.text, COLOURS.accent]) {
      expect(contrast(colour, COLOURS.headerFill)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('has one series colour, a second only for the two sexes, and grey apart from both', () => {
    expect(new Set(Object.values(SEX_COLOURS)).size).toBe(2);
    expect(Object.values(SEX_COLOURS)).toContain(SERIES.primary);
    // The residual grey stays lighter than both series, so it reads as "the rest" in greyscale too.
    for (const colour of [SERIES.primary, SERIES.secondary]) {
      expect(luminance(SERIES.residual)).toBeGreaterThan(luminance(colour));
    }
  });

  it('draws every bar, legend key and chart text at least 3:1 against white', () => {
    // A chart with everything a report's charts have: two series, a residual bar, a legend, year bands.
    const chart = barChart(
      {
        labels: ['dec.', 'janv.', 'citas valstis'],
        series: [
          {
            label: 'Sievietes',
            values: [3, 4, 2],
            texts: ['3', '4', '2'],
            color: SEX_COLOURS.women,
          },
          {
            label: 'Vīrieši',
            values: [5, 6, 7],
            texts: ['5', '6', '7'],
            color: [SERIES.primary, SERIES.primary, SERIES.residual],
          },
        ],
        legend: true,
        bands: [
          { label: '2020', first: 0, last: 0 },
          { label: '2021', first: 1, last: 2 },
        ],
        width: 300,
        height: 150,
      },
      registerPdfFonts(new PDFDocument({ size: 'A4' })),
    );
    const texts = chart.texts.map((run) => ({
      text: run.text,
      colour: onWhite(run.color, run.opacity),
    }));
    expect(texts.map((run) => run.text)).toEqual(
      expect.arrayContaining(['Sievietes', 'Vīrieši', '2020', 'janv.', '7']),
    );
    // Filled shapes: the bars and the legend's keys (the white page itself aside).
    const fills = [...chart.svg.matchAll(/fill="(#[0-9a-fA-F]{6})"/g)]
      .map((match) => match[1]!.toLowerCase())
      .filter((colour) => colour !== '#ffffff');
    expect(new Set(fills)).toEqual(
      new Set([SERIES.primary, SERIES.secondary, SERIES.residual].map((c) => c.toLowerCase())),
    );
    const weak = [...texts, ...fills.map((colour) => ({ text: 'fill', colour }))].filter(
      (run) => contrast(run.colour, '#ffffff') < 3,
    );
    expect(weak).toEqual([]);
  });
});

/** A colour drawn at `opacity` over white, as `#rrggbb`. */
function onWhite(hex: string, opacity: number): string {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `#${channels
    .map((channel) =>
      Math.round(channel * opacity + 255 * (1 - opacity))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
