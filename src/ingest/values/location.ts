/**
 * Where the client lives: free text, never quoted in a message. Every way of
 * writing the accommodation centre (`PMIC`, `Mucenieki`, `PMIC "Mucenieki"`,
 * any case, with or without quotes) becomes the one canonical name.
 */
import { MUCENIEKI } from '../../model/codes.js';
import { foldName } from '../../text.js';
import { ok, type Parsed } from './result.js';

const CENTRE_WORDS = new Set(['pmic', 'mucenieki']);

/**
 * Trimmed place name in NFC (`Rīga` typed with a combining macron is the
 * same name, printed with the one letter), `MUCENIEKI` for the centre, null
 * when empty. Never fails.
 */
export function parseLocation(raw: string): Parsed<string | null> {
  const text = raw.trim().normalize('NFC');
  if (text === '') return ok(null);
  const words = foldName(text).split(' ');
  return ok(words.every((word) => CENTRE_WORDS.has(word)) ? MUCENIEKI : text);
}

/**
 * Marks that no town or municipality name has, but that phone numbers, personal
 * codes, street addresses, e-mails and web addresses or formulas do: any digit,
 * `@`, `+`, `=`, `/`, `\`, `:`, `;`, `#`, `%`, `<`, `>`, `|`, `_`, `~`, `{`, `}`, `[`, `]`.
 */
const NOT_IN_PLACE_NAMES = /[\p{Nd}@+=/\\:;#%<>|_~{}[\]]/u;
/** "Dienvidkurzemes novads", "Sala (Salas pagasts)": place names are a few short words. */
const MAX_PLACE_LENGTH = 60;
const MAX_PLACE_WORDS = 6;

/**
 * True when a location cell could be a place name. The report prints place
 * names, so a cell that cannot be one (a note with a phone number, an e-mail,
 * an address) is counted as an unknown place rather than printed. A person's
 * name alone passes: nothing in its shape tells it from a place.
 */
export function looksLikePlace(text: string): boolean {
  return (
    text.length <= MAX_PLACE_LENGTH &&
    !NOT_IN_PLACE_NAMES.test(text) &&
    text.split(/\s+/).length <= MAX_PLACE_WORDS
  );
}
