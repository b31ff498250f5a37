import { createRequire } from 'node:module';
import type * as Canvas from '@napi-rs/canvas';

/**
 * The chart canvas (and the logo that pdfkit cannot embed as it is, logos.ts).
 * It only ever draws shapes and images: chart text is measured and set in the
 * PDF's own font (charts.ts), so the canvas needs no font at all.
 * @napi-rs/canvas scans every system font when it loads unless
 * DISABLE_SYSTEM_FONTS_LOAD is set, and builds its font manager (another scan
 * of the system's font folders) the first time anything asks it about a font:
 * both cost a tenth of a second each here, more on an office PC full of fonts.
 *
 * The variable must be set before the package's code runs, and static
 * imports run first, hence the require.
 */
process.env.DISABLE_SYSTEM_FONTS_LOAD = '1';

const canvas = createRequire(import.meta.url)('@napi-rs/canvas') as typeof Canvas;
export const { createCanvas, loadImage, SvgExportFlag } = canvas;
