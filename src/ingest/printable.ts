/**
 * Place names the report's font cannot print in full (Arabic, Chinese,
 * emoji, …): a warning naming the column, one per distinct name, never
 * quoting it (it is free text). The report prints a placeholder instead.
 */
import { describeCell } from './values/shown.js';
import type { FontCheck, IngestWarning } from './types.js';

export const UNPRINTABLE = 'unprintable_characters';

/**
 * ASCII, the no-break space and the Latvian letters: the report's font has
 * them all (the renderer checks it), so names of only these need no look-up
 * in the font, which would load the whole renderer.
 */
const PLAIN = /^[\x20-\x7E\u00A0āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]*$/u;

/** Whether `text` is plainly printable: only characters the report's font surely has. */
export function isPlainlyPrintable(text: string): boolean {
  return PLAIN.test(text);
}

/** Collects a column's distinct values to check, with where each first appears. */
export class PrintedTexts {
  private readonly first = new Map<string, string>();

  constructor(private readonly column: string) {}

  /** Notes a printed value (`where`: `file:line`) unless it is plainly printable. */
  add(text: string | null, where: () => string): void {
    if (text === null || isPlainlyPrintable(text) || this.first.has(text)) return;
    this.first.set(text, where());
  }

  /** One warning per name the font cannot print in full, in input order. */
  async warnings(font: FontCheck | undefined): Promise<IngestWarning[]> {
    if (font === undefined || this.first.size === 0) return [];
    const { missing, placeholder } = await font();
    const warnings: IngestWarning[] = [];
    for (const [text, where] of this.first) {
      const what = missing(text);
      if (what === null) continue;
      warnings.push({
        type: UNPRINTABLE,
        message:
          `${where}: ${this.column}: ${describeCell(text)} holds characters the report's font cannot ` +
          `draw (${what}); the report prints ${placeholder} in their place`,
      });
    }
    return warnings;
  }
}
