import { formatNumber, NBSP } from './numbers.js';
import {
  BUILT_IN_LEXICON,
  CASE_INDEX,
  type Lexicon,
  type NounCase,
  type NounForms,
  type ParticipleForms,
} from './lexicon.js';

/**
 * Agreement of a number with its noun and participle (docs/latvian.md):
 * a numeral ending in 1 but not 11 takes the singular, every other number the
 * plural. Intl.PluralRules('lv') says `one` for exactly these; its `zero`
 * (0, 10–20, 30, …, 111) and `other` are both plural in the grammar.
 */

export type { NounCase } from './lexicon.js';

// The same fraction digits as formatNumber, so "21,1" and "21,5" are judged as printed.
const rules = new Intl.PluralRules('lv', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** True when `n` takes the singular: 1, 21, 101, 241 … but not 11, 111. */
export function isSingular(n: number): boolean {
  return rules.select(n) === 'one';
}

/**
 * A word the lexicon lacks. Templates may use words the built-in lexicon does
 * not have, declared in the config (`lexicon`); the message says how.
 */
export class UnknownWordError extends Error {
  constructor(
    readonly kind: 'noun' | 'participle',
    readonly word: string,
  ) {
    super(`the Latvian lexicon has no ${kind} "${word}"`);
  }
}

function noun(lemma: string, lexicon: Lexicon): NounForms {
  const forms = Object.hasOwn(lexicon.nouns, lemma) ? lexicon.nouns[lemma] : undefined;
  if (!forms) throw new UnknownWordError('noun', lemma);
  return forms;
}

/** The form of `lemma` that agrees with `n`: `nounForm('klients', 142)` → "klienti". */
export function nounForm(
  lemma: string,
  n: number,
  grammaticalCase: NounCase = 'nom',
  lexicon: Lexicon = BUILT_IN_LEXICON,
): string {
  const forms = noun(lemma, lexicon);
  return (isSingular(n) ? forms.sg : forms.pl)[CASE_INDEX[grammaticalCase]];
}

/**
 * `count(241, 'klients')` → "241 klients"; `count(142, 'klients', 'dat')` → "142 klientiem".
 * A no-break space joins the number and its noun, so a line never ends between them.
 */
export function count(
  n: number,
  lemma: string,
  grammaticalCase: NounCase = 'nom',
  lexicon: Lexicon = BUILT_IN_LEXICON,
): string {
  return `${formatNumber(n)}${NBSP}${nounForm(lemma, n, grammaticalCase, lexicon)}`;
}

/**
 * A count after the preposition "no" (out of / from): the singular takes the
 * genitive, the plural the dative. `countFrom(21, 'valsts')` → "21 valsts",
 * `countFrom(22, 'valsts')` → "22 valstīm"; the caller writes the "no".
 */
export function countFrom(n: number, lemma: string, lexicon: Lexicon = BUILT_IN_LEXICON): string {
  return count(n, lemma, isSingular(n) ? 'gen' : 'dat', lexicon);
}

/**
 * A count after a preposition that governs the accusative in the singular and,
 * like every Latvian preposition, the dative in the plural (ar, uz, par, pa):
 * `countWith(1, 'klients')` → "1 klientu", `countWith(3, 'klients')` → "3 klientiem".
 */
export function countWith(n: number, lemma: string, lexicon: Lexicon = BUILT_IN_LEXICON): string {
  return count(n, lemma, isSingular(n) ? 'acc' : 'dat', lexicon);
}

/**
 * The participle agreeing in gender and number with `n` of `lemma`:
 * `agree('apkalpots', 241, 'klients')` → "apkalpots", `agree('saņēmis', 190, 'persona')` → "saņēmušas".
 */
export function agree(
  participle: string,
  n: number,
  lemma: string,
  lexicon: Lexicon = BUILT_IN_LEXICON,
): string {
  const forms: ParticipleForms | undefined = Object.hasOwn(lexicon.participles, participle)
    ? lexicon.participles[participle]
    : undefined;
  if (!forms) throw new UnknownWordError('participle', participle);
  return forms[noun(lemma, lexicon).gender][isSingular(n) ? 0 : 1];
}
