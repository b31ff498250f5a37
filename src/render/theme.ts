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
  /** Captions above tables and charts (bold). */
  caption: 8.5,
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
 * Chart colours, from the Okabe–Ito palette (told apart with every common
 * colour-vision deficiency), each at least 3:1 against white so that a bar
 * and its legend key stand out from the page (test/render/theme.test.ts).
 * One colour per real series; residuals ("citas valstis", unknown) are grey.
 */
export const SERIES = {
  /** Every single-series chart, and men in the charts by sex. */
  primary: '#0072B2',
  /** Women: the one second series the report has. */
  secondary: '#D55E00',
  /** What is not one of the series' categories: other countries, unknown age or sex. */
  residual: '#8c8c8c',
} as const;

/** The colours of the charts by sex. */
export const SEX_COLOURS = { women: SERIES.secondary, men: SERIES.primary } as const;

export const COLOURS = {
  text: '#1a1a1a',
  /** Notes, the footer, chart labels, ticks and values. */
  muted: '#555555',
  /** Table rules under the header and above the total. */
  rule: '#b3b3b3',
  /** Rules between table rows and chart grid lines. */
  faint: '#e6e6e6',
  /** Table header rows and key-figure boxes. */
  headerFill: '#eef3f8',
  /** Headings, key figures, the title rule. */
  accent: SERIES.primary,
} as const;
