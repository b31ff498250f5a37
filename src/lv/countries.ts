/**
 * Latvian country names: the nominative ("Irāka") from
 * Intl.DisplayNames('lv', {type: 'region'}), and the genitive for "no Irākas,
 * Afganistānas, Baltkrievijas". The rules below decline the nominative's head
 * noun (docs/latvian.md) and the one
 * reviewed exceptions table covers what the rules cannot know: adjectives,
 * plural masculine names, appositions and foreign names that look Latvian.
 * Every region name ICU knows has been checked by eye (test/lv/countries.test.ts).
 */

import { STATELESS, UNKNOWN_COUNTRY } from '../model/codes.js';

/** Latvian name of the `stateless` pseudo-country (plural: the people, as the reports say). */
export const STATELESS_NAME_LV = 'Bezvalstnieki';
/** Latvian name shown for an empty citizenship: "(valsts) nav zināma". */
export const UNKNOWN_COUNTRY_NAME_LV = 'Nav zināma';

let regionNames: Intl.DisplayNames | undefined;

/** The Latvian name of a citizenship code: `IQ` → "Irāka", `stateless` → "Bezvalstnieki". */
export function countryNameLv(code: string): string {
  if (code === STATELESS) return STATELESS_NAME_LV;
  if (code === UNKNOWN_COUNTRY) return UNKNOWN_COUNTRY_NAME_LV;
  regionNames ??= new Intl.DisplayNames('lv', { type: 'region', fallback: 'code' });
  return regionNames.of(code) ?? code;
}

/** Nominative → genitive where the rules would be wrong. Reviewed. */
export const GENITIVE_EXCEPTIONS: Readonly<Record<string, string>> = {
  'Amerikas Savienotās Valstis': 'Amerikas Savienoto Valstu',
  'Apvienotie Arābu Emirāti': 'Apvienoto Arābu Emirātu',
  'ASV Mazās Aizjūras salas': 'ASV Mazo Aizjūras salu',
  'Gvineja-Bisava': 'Gvinejas-Bisavas',
  'Ķīnas īpašās pārvaldes apgabals Honkonga': 'Ķīnas īpašās pārvaldes apgabala Honkongas',
  'Ķīnas īpašās pārvaldes apgabals Makao': 'Ķīnas īpašās pārvaldes apgabala Makao',
  'ĶTR īpašais administratīvais reģions Makao': 'ĶTR īpašā administratīvā reģiona Makao',
  // The parenthesis names the capital, to tell the two Congos apart: a label, kept as is.
  'Kongo (Brazavila)': 'Kongo (Brazavila)',
  'Kongo (Kinšasa)': 'Kongo (Kinšasa)',
  'Mjanma (Birma)': 'Mjanmas (Birmas)',
  // Foreign names ending in -e that Latvian does not decline.
  Niue: 'Niue',
  'Santome un Prinsipi': 'Santome un Prinsipi',
  'Okeānijas attālās salas': 'Okeānijas attālo salu',
  // "Tērksas" and "Kaikosas" are already genitives (the islands of Turks and Caicos).
  'Tērksas un Kaikosas salas': 'Tērksas un Kaikosas salu',
  'nezināms reģions': 'nezināma reģiona',
};

/** Declines one word, the head noun of a name, by its ending. */
function declineWord(word: string): string {
  const hyphen = word.lastIndexOf('-');
  if (hyphen >= 0) {
    // "Papua-Jaungvineja": only the last part declines.
    return word.slice(0, hyphen + 1) + declineWord(word.slice(hyphen + 1));
  }
  // Plural feminine ("Filipīnas", "salas", "teritorijas"): -as → -u.
  if (word.endsWith('as')) return `${word.slice(0, -2)}u`;
  // Feminine 4th and 5th declension: Irāka → Irākas, Šveice → Šveices.
  if (word.endsWith('a') || word.endsWith('e')) return `${word}s`;
  // Masculine 1st declension: Gibraltārs → Gibraltāra, atols → atola.
  // (-is and -us decline otherwise and occur in no country name; they are left as they are.)
  if (/[^aiu]s$/.test(word)) return `${word.slice(0, -1)}a`;
  // Foreign names ending in another vowel or a consonant do not decline: Kongo, Peru, Haiti, Mali.
  return word;
}

/**
 * Declines a name whose last word is its head ("Saūda Arābija" → "Saūda Arābijas");
 * the words before it are genitives already, except a definite feminine adjective
 * right before a feminine head ("Apvienotā Karaliste" → "Apvienotās Karalistes").
 */
function declinePhrase(phrase: string): string {
  const words = phrase.split(' ');
  const last = words.pop() ?? '';
  const before = words.at(-1);
  if (before?.endsWith('ā') && /[ae]$/.test(last)) words[words.length - 1] = `${before}s`;
  return [...words, declineWord(last)].join(' ');
}

/**
 * `countryGenitive('Irāka')` → "Irākas"; "Filipīnas" → "Filipīnu";
 * "Bosnija un Hercegovina" → "Bosnijas un Hercegovinas"; "Peru" → "Peru".
 */
export function countryGenitive(nominative: string): string {
  const name = nominative.trim();
  if (Object.hasOwn(GENITIVE_EXCEPTIONS, name)) return GENITIVE_EXCEPTIONS[name] ?? name;
  // "Antigva un Barbuda": both members of a pair decline.
  return name.split(' un ').map(declinePhrase).join(' un ');
}

/** Every ISO region code ICU names in Latvian, with its nominative name, sorted by code. */
export function icuRegionNames(): { code: string; name: string }[] {
  const names = new Intl.DisplayNames('lv', { type: 'region', fallback: 'code' });
  const found: { code: string; name: string }[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (name && name !== code) found.push({ code, name });
    }
  }
  return found;
}
