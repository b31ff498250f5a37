/**
 * Latvian month names in the four cases the report uses (docs/latvian.md).
 * Kept as a table rather than taken from ICU so that output does not change
 * with the Node/ICU version and the oblique cases, which ICU lacks, sit beside
 * the nominative they derive from.
 */

export type MonthCase = 'nom' | 'gen' | 'dat' | 'loc';

interface MonthNames {
  nom: string;
  gen: string;
  dat: string;
  loc: string;
  /** CLDR's abbreviation, for chart axes. */
  short: string;
}

const MONTHS: readonly MonthNames[] = [
  { nom: 'janvāris', gen: 'janvāra', dat: 'janvārim', loc: 'janvārī', short: 'janv.' },
  { nom: 'februāris', gen: 'februāra', dat: 'februārim', loc: 'februārī', short: 'febr.' },
  { nom: 'marts', gen: 'marta', dat: 'martam', loc: 'martā', short: 'marts' },
  { nom: 'aprīlis', gen: 'aprīļa', dat: 'aprīlim', loc: 'aprīlī', short: 'apr.' },
  { nom: 'maijs', gen: 'maija', dat: 'maijam', loc: 'maijā', short: 'maijs' },
  { nom: 'jūnijs', gen: 'jūnija', dat: 'jūnijam', loc: 'jūnijā', short: 'jūn.' },
  { nom: 'jūlijs', gen: 'jūlija', dat: 'jūlijam', loc: 'jūlijā', short: 'jūl.' },
  { nom: 'augusts', gen: 'augusta', dat: 'augustam', loc: 'augustā', short: 'aug.' },
  { nom: 'septembris', gen: 'septembra', dat: 'septembrim', loc: 'septembrī', short: 'sept.' },
  { nom: 'oktobris', gen: 'oktobra', dat: 'oktobrim', loc: 'oktobrī', short: 'okt.' },
  { nom: 'novembris', gen: 'novembra', dat: 'novembrim', loc: 'novembrī', short: 'nov.' },
  { nom: 'decembris', gen: 'decembra', dat: 'decembrim', loc: 'decembrī', short: 'dec.' },
];

function entry(month: number): MonthNames {
  const names = MONTHS[month - 1];
  if (!Number.isInteger(month) || !names) {
    throw new RangeError(`month must be 1…12, got ${month}`);
  }
  return names;
}

/** `monthName(6, 'gen')` → "jūnija"; `month` is 1…12. */
export function monthName(month: number, grammaticalCase: MonthCase = 'nom'): string {
  return entry(month)[grammaticalCase];
}

/** `monthAbbreviation(6)` → "jūn." (CLDR's short form; March and May are not shortened). */
export function monthAbbreviation(month: number): string {
  return entry(month).short;
}
