/**
 * The report's look in one place: the page grid, the type sizes and every
 * colour the PDF and its charts use. Sections and drawing helpers take their
 * values from here and type none of their own.
 */

/** A4 in points; content runs between the margins, the footer sits in the bottom one. */
export const PAGE = {
  margins: { top: 56, bottom: 78, left: 56, right: 56 },
} as const;

/** Type sizes in points. */
export const SIZES = {
  title: 16,
  subtitle: 12,
  h1: 13,
  h2: 10.5,
  body: 9.5,
  small: 8,
  tiny: 7,
  /** The big number of a key-figure box. */
  keyFigure: 18,
  /** Chart labels, ticks and legends. */
  chart: 8.5,
  /** The funding line and the page number in the footer. */
  footer: 6.5,
  pageNumber: 7.5,
} as const;

/**
 * Okabe–Ito: distinguishable with every common colour-vision deficiency.
 * The first is also the report's accent (headings, key figures, title rule).
 */
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

export const COLOURS = {
  text: '#1a1a1a',
  /** Notes and the footer. */
  muted: '#555555',
  /** Chart labels, ticks and values. */
  chartText: '#333333',
  /** Table rules under the header and above the total. */
  rule: '#b3b3b3',
  /** Rules between table rows. */
  faint: '#e6e6e6',
  /** Chart grid lines. */
  grid: '#e5e5e5',
  /** Table header rows and key-figure boxes. */
  headerFill: '#eef3f8',
  accent: PALETTE.blue,
} as const;
