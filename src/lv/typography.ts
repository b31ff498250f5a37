import { NBSP } from './numbers.js';

/**
 * Latvian typography of printed text: quotation marks „…” and the no-break
 * spaces that keep a number with its noun or unit, a date together, a dash
 * off the start of a line and "PMIC „Mucenieki”" on one line. Applied to
 * every narrative paragraph and to names that come from the config or the
 * data, so that a template or a config written with plain spaces and ASCII
 * quotes still prints correctly.
 */

/**
 * `Biedrība "Latvijas Sarkanais Krusts"` → `Biedrība „Latvijas Sarkanais Krusts”`.
 * ASCII and English curly double quotes become Latvian ones: an opening mark
 * at the start or after a space or bracket, a closing mark elsewhere.
 */
export function latvianQuotes(text: string): string {
  return text.replace(/["“”„]/g, (_mark, offset: number) => {
    const before = offset === 0 ? ' ' : text.charAt(offset - 1);
    return /[\s([–-]/.test(before) ? '„' : '”';
  });
}

const RULES: readonly [RegExp, string][] = [
  // A number and the noun or unit after it: "98 personas", "85 %", "42 gadi".
  [/(\d) (?=[\p{L}%])/gu, `$1${NBSP}`],
  // Ordinals in dates: "2021. gada", "30. novembrim" (a capital after "61. " starts a sentence).
  [/(\d\.) (?=\p{Ll})/gu, `$1${NBSP}`],
  // The whole date on one line: "2021. gada 30. novembrim".
  [/(\d\.\u00A0gada) (?=\d)/gu, `$1${NBSP}`],
  // A dash never starts a line: "Rīga – 101", "patvēruma meklētāji – 72".
  [/ –/g, `${NBSP}–`],
  // …nor does a line start with the figure after it: "bērnu izglītība – / 71".
  [/– (?=\d)/g, `–${NBSP}`],
  // "PMIC „Mucenieki”" and "Nr. 9.1.4.4." stay together.
  [/\b(PMIC|Nr\.) (?=\S)/g, `$1${NBSP}`],
];

/** Latvian quotation marks and no-break spaces (see the module comment). */
export function typeset(text: string): string {
  let result = latvianQuotes(text);
  for (const [pattern, replacement] of RULES) result = result.replace(pattern, replacement);
  return result;
}
