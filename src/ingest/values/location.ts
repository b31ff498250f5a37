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
