/**
 * The chart canvas, without the machine's fonts. @napi-rs/canvas scans every
 * system font when it loads unless DISABLE_SYSTEM_FONTS_LOAD is set: that
 * costs a tenth of a second here (more on an office PC full of fonts), and
 * a label could then fall back to a font that differs between machines or
 * lacks Latvian letters. Charts use only the embedded Noto Sans (charts.ts).
 *
 * The variable must be set before the package's code runs, and static
 * imports run first, hence the dynamic import.
 */
process.env.DISABLE_SYSTEM_FONTS_LOAD = '1';

export const { createCanvas, GlobalFonts, SvgExportFlag } = await import('@napi-rs/canvas');
