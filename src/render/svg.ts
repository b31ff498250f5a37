import { createRequire } from 'node:module';
import type SVGtoPDF from 'svg-to-pdfkit';
import type { ChartDrawing } from './charts.js';
import { BOLD, REGULAR } from './fonts.js';

/**
 * Draws a chart's SVG into the PDF as vector paths. The SVG that
 * @napi-rs/canvas writes for a Chart.js chart uses a tiny subset (rect, path,
 * g with a rectangular clip-path, translate/matrix transforms, text already
 * turned into paths), which this draws directly with pdfkit — ten times
 * faster than svg-to-pdfkit's general parser. Anything outside the subset
 * goes to svg-to-pdfkit instead, so an upgrade of the canvas cannot break a
 * report.
 */

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Attributes = Record<string, string>;

const TAG = /<(\/?)([\w:]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;
const SUPPORTED = new Set(['svg', 'rect', 'path', 'g', 'clipPath']);

function attributes(text: string): Attributes {
  const result: Attributes = {};
  for (const [, name, value] of text.matchAll(ATTRIBUTE)) result[name!] = value!;
  return result;
}

function numbers(text: string | undefined): number[] {
  return (text ?? '')
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
}

function box(a: Attributes): Box {
  return {
    x: Number(a.x ?? 0),
    y: Number(a.y ?? 0),
    width: Number(a.width ?? 0),
    height: Number(a.height ?? 0),
  };
}

/** Whether every element and transform is one `drawChartSvg` understands. */
function isSimple(svg: string): boolean {
  for (const [, , name, text] of svg.matchAll(TAG)) {
    if (!SUPPORTED.has(name!)) return false;
    const transform = attributes(text!).transform;
    if (transform && !/^(translate|matrix)\([^)]*\)$/.test(transform)) return false;
  }
  return true;
}

function applyTransform(doc: PDFKit.PDFDocument, transform: string | undefined): void {
  if (!transform) return;
  const values = numbers(transform.slice(transform.indexOf('(') + 1, -1));
  if (transform.startsWith('translate')) doc.translate(values[0] ?? 0, values[1] ?? 0);
  else {
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = values;
    doc.transform(a, b, c, d, e, f);
  }
}

/** Fills and/or strokes the current path as the element's paint attributes say. */
function paint(doc: PDFKit.PDFDocument, a: Attributes): void {
  const fill = a.fill ?? '#000000';
  const stroke = a.stroke ?? 'none';
  const rule = a['fill-rule'] === 'evenodd' ? 'even-odd' : 'non-zero';
  // Each element is drawn inside save/restore, so opacity is set only where the SVG has it.
  if (fill !== 'none') {
    doc.fillColor(fill);
    if (a['fill-opacity']) doc.fillOpacity(Number(a['fill-opacity']));
  }
  if (stroke !== 'none') {
    doc
      .strokeColor(stroke)
      .lineWidth(Number(a['stroke-width'] ?? 1))
      .miterLimit(Number(a['stroke-miterlimit'] ?? 4));
    if (a['stroke-opacity']) doc.strokeOpacity(Number(a['stroke-opacity']));
  }
  if (fill !== 'none' && stroke !== 'none') doc.fillAndStroke(fill, stroke, rule);
  else if (fill !== 'none') doc.fill(rule);
  else if (stroke !== 'none') doc.stroke();
}

/** Draws `svg` scaled into the box at (x, y) of the given size. */
export function drawChartSvg(
  doc: PDFKit.PDFDocument,
  svg: string,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  if (!isSimple(svg)) {
    // Loaded only when needed: the general parser is never used for today's charts.
    const general = createRequire(import.meta.url)('svg-to-pdfkit') as typeof SVGtoPDF;
    general(doc, svg, x, y, { width, height, assumePt: true });
    return;
  }
  const clips = new Map<string, Box>();
  let clipId: string | null = null;
  doc.save();
  for (const [, closing, name, text, selfClosing] of svg.matchAll(TAG)) {
    const a = attributes(text!);
    if (closing) {
      if (name === 'g') doc.restore();
      if (name === 'clipPath') clipId = null;
      continue;
    }
    switch (name) {
      case 'svg': {
        const [, , viewWidth = width, viewHeight = height] = numbers(a.viewBox);
        doc.translate(x, y).scale(width / viewWidth, height / viewHeight);
        break;
      }
      case 'clipPath':
        clipId = a.id ?? null;
        break;
      case 'g': {
        doc.save();
        const id = /url\(#([^)]+)\)/.exec(a['clip-path'] ?? '')?.[1];
        const clip = id ? clips.get(id) : undefined;
        if (clip) doc.rect(clip.x, clip.y, clip.width, clip.height).clip();
        applyTransform(doc, a.transform);
        if (selfClosing) doc.restore();
        break;
      }
      case 'rect': {
        const rect = box(a);
        if (clipId !== null) {
          clips.set(clipId, rect);
        } else if (Number(a['fill-opacity'] ?? 1) > 0 || a.stroke) {
          doc.save();
          applyTransform(doc, a.transform);
          doc.rect(rect.x, rect.y, rect.width, rect.height);
          paint(doc, a);
          doc.restore();
        }
        break;
      }
      case 'path':
        if (!a.d) break;
        doc.save();
        applyTransform(doc, a.transform);
        doc.path(a.d);
        paint(doc, a);
        doc.restore();
        break;
    }
  }
  doc.restore();
}

/** Draws a chart's text (ticks, values, legend) in the report's font, over its shapes. */
export function drawChartTexts(
  doc: PDFKit.PDFDocument,
  chart: ChartDrawing,
  x: number,
  y: number,
  width = chart.width,
  height = chart.height,
): void {
  doc.save();
  doc.translate(x, y).scale(width / chart.width, height / chart.height);
  for (const run of chart.texts) {
    doc.save();
    doc.transform(...run.matrix);
    doc
      .font(run.bold ? BOLD : REGULAR)
      .fontSize(run.size)
      .fillColor(run.color, run.opacity);
    const shift =
      run.align === 'left' ? 0 : doc.widthOfString(run.text) * (run.align === 'center' ? 0.5 : 1);
    doc.text(run.text, run.x - shift, run.y, { lineBreak: false, baseline: run.baseline });
    doc.restore();
  }
  doc.restore();
}
