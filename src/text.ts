/**
 * Text folding shared by header matching, value matching and the statistics
 * (names of locations). The input contract (docs/input-format.md) matches
 * names and coded values ignoring case and Latvian diacritics; we also treat `_`, `-` and runs of spaces alike, because a
 * spreadsheet user writes `Klienta ID` as readily as `klienta_id`.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const SEPARATORS = /[\s_-]+/g;

/** Lower-cases, strips diacritics (`ā` → `a`, `ģ` → `g`) and unifies `_`, `-` and spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .trim();
}

const NAME_PUNCTUATION = /[.,()'’‘"“”„«»]/g;

/** `fold`, and also drops punctuation, so `U.S.A.` = `USA` and `Côte d’Ivoire` = `cote divoire`. */
export function foldName(text: string): string {
  return fold(text.replace(NAME_PUNCTUATION, ' '));
}
