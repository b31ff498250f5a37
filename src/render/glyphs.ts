/**
 * Characters the report's font cannot draw (Arabic, Chinese, emoji, … in a
 * place name): the font's own character map decides, as fontkit reads it
 * through pdfkit. The PDF prints such characters as a visible placeholder
 * rather than an empty box, and ingest warns about the cells that hold them.
 */
/**
 * What the PDF prints for a run of characters its font cannot draw: U+FFFD,
 * the replacement character, which Noto Sans has (registerPdfFonts checks it).
 */
export const PLACEHOLDER = '\uFFFD';

/** Whether a face has a glyph for a code point. */
export type HasGlyph = (codePoint: number) => boolean;

/**
 * Combining marks, joiners, variation selectors, skin tones and tag
 * characters: they belong to the character before them, so after an
 * undrawable one they are part of its run.
 */
function isAttached(char: string, codePoint: number): boolean {
  const within = (first: number, last: number) => codePoint >= first && codePoint <= last;
  return (
    /\p{M}/u.test(char) ||
    within(0x200c, 0x200d) ||
    within(0xfe00, 0xfe0f) ||
    within(0x1f3fb, 0x1f3ff) ||
    within(0xe0020, 0xe007f)
  );
}

/**
 * `text` with every run of characters `has` cannot draw (with the marks and
 * joiners attached to them) replaced by one placeholder: `Rīga, 中国` → `Rīga, �`.
 */
export function withPlaceholders(text: string, has: HasGlyph): string {
  let out = '';
  let inRun = false;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (!has(codePoint) && !isDrawnAsNothing(codePoint)) {
      if (!inRun) out += PLACEHOLDER;
      inRun = true;
    } else if (inRun && isAttached(char, codePoint)) {
      // Part of the run just replaced.
    } else {
      out += char;
      inRun = false;
    }
  }
  return out;
}

/** Line breaks and tabs: pdfkit lays them out itself, never with a glyph. */
function isDrawnAsNothing(codePoint: number): boolean {
  return codePoint === 0x0a || codePoint === 0x0d || codePoint === 0x09;
}

/** The characters of `text` that `has` cannot draw, each once, in order. */
export function undrawable(text: string, has: HasGlyph): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (!has(codePoint) && !isDrawnAsNothing(codePoint) && !isAttached(char, codePoint)) {
      missing.add(char);
    }
  }
  return [...missing];
}

/** Scripts named in warnings, so a reader knows what kind of text it is without seeing it. */
const SCRIPTS: [string, RegExp][] = [
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Chinese or Japanese', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Korean', /\p{Script=Hangul}/u],
  ['Indic', /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Gurmukhi}]/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Ethiopic', /\p{Script=Ethiopic}/u],
  ['emoji', /\p{Extended_Pictographic}/u],
];

/** `Arabic`, `Chinese or Japanese, emoji`, or `symbols` for what the list does not name. */
export function describeCharacters(chars: readonly string[]): string {
  const names = new Set<string>();
  for (const char of chars) {
    names.add(SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'symbols');
  }
  return [...names].join(', ');
}

/** pdfkit's embedded font, as far as used here; `font` is fontkit's. */
export interface EmbeddedFont {
  font: { hasGlyphForCodePoint(codePoint: number): boolean };
  layoutRun(text: string, features?: unknown): unknown;
}

/**
 * Makes a face of a pdfkit document print undrawable characters as the
 * placeholder. pdfkit lays out every text it draws or measures through
 * `layoutRun`, so what is drawn and what line breaking measured agree.
 */
export function drawPlaceholders(embedded: EmbeddedFont): void {
  // Every text drawn passes here: each code point is looked up in the font once.
  const known = new Map<number, boolean>();
  const has: HasGlyph = (codePoint) => {
    let found = known.get(codePoint);
    if (found === undefined) {
      found = embedded.font.hasGlyphForCodePoint(codePoint);
      known.set(codePoint, found);
    }
    return found;
  };
  const layoutRun = embedded.layoutRun.bind(embedded);
  embedded.layoutRun = (text, features) =>
    layoutRun(ASCII.test(text) ? text : withPlaceholders(text, has), features);
}

/** Printable ASCII, which the report's font has (registerPdfFonts relies on it). */
const ASCII = /^[\x20-\x7E]*$/;
