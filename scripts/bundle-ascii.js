// A step of scripts/bundle.js: the bundle is made pure ASCII, which buys start-up time, since
// Node decodes an ASCII file to a one-byte string at twice the speed (and half the memory).
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Rewrites every non-ASCII character of the bundle as a `\uXXXX` escape. esbuild already
 * escapes strings and templates; what it leaves are characters in regular expressions,
 * where the escape means the same character (an astral one becomes its two escaped halves,
 * which a regular expression reads as that one character, with or without the `u` flag).
 */
export function escapeNonAscii(file) {
  const source = readFileSync(file, 'utf8');
  const ascii = source.replace(
    /[\u0080-\uFFFF]/g,
    (unit) => `\\u${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
  if (ascii !== source) writeFileSync(file, ascii);
}
