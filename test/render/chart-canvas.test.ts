/**
 * A chart is drawn on a canvas made at its size, which Chart.js leaves as it
 * is (charts.ts, `canvasAtSize`): setting a size makes @napi-rs/canvas start
 * its SVG surface over, the costliest step of a chart. Here every canvas
 * counts the sizes set on it.
 */
import type { SvgExportFlag } from '@napi-rs/canvas';
import PDFDocument from 'pdfkit';
import type * as CanvasModule from '../../src/render/canvas.js';
import { describe, expect, it, vi } from 'vitest';

const sizesSet = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../src/render/canvas.js', async (importOriginal) => {
  const canvas = await importOriginal<typeof CanvasModule>();
  const createCanvas = (width: number, height: number, flag: SvgExportFlag) => {
    const made = canvas.createCanvas(width, height, flag);
    for (const side of ['width', 'height'] as const) {
      const own = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(made), side)!;
      Object.defineProperty(made, side, {
        get: own.get,
        set(value: number) {
          sizesSet.count++;
          own.set!.call(this, value);
        },
      });
    }
    return made;
  };
  return { ...canvas, createCanvas };
});

const { barChart } = await import('../../src/render/charts.js');
const { registerPdfFonts } = await import('../../src/render/fonts.js');

describe('the chart canvas', () => {
  it('keeps the size it was made with', () => {
    const measure = registerPdfFonts(new PDFDocument({ size: 'A4' }));
    const chart = barChart(
      {
        labels: ['jūnijs', 'jūlijs'],
        series: [{ label: 'Klienti', values: [120, 131], color: '#0072B2' }],
        width: 400.4,
        height: 160,
      },
      measure,
    );
    expect(chart.svg).toContain('viewBox="0 0 400 160"');
    expect(sizesSet.count).toBe(0);
  });
});
