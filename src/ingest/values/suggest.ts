/** "Did you mean …" for misspelt coded values, by edit distance. */
import { distance } from 'fastest-levenshtein';

export interface Candidate<T> {
  /** The form compared with the input, already folded. */
  key: string;
  /** What the suggestion stands for (a code): suggestions are distinct by target. */
  target: T;
}

/**
 * The targets of the candidates nearest to `folded` (ties kept, at most `limit`),
 * or none when even the nearest is too far to be a plausible typo.
 */
export function closest<T>(folded: string, candidates: readonly Candidate<T>[], limit = 3): T[] {
  // One- or two-letter input is too short to guess from: every code would be "close".
  if (folded.length <= 2) return [];
  const tolerance = Math.max(1, Math.floor(folded.length / 3));
  let best = Infinity;
  let found: T[] = [];
  for (const { key, target } of candidates) {
    // The distance is at least the difference in length: skip the far ones without computing it,
    // so that a column of pasted notes does not cost a full comparison per candidate.
    if (Math.abs(key.length - folded.length) > Math.min(tolerance, best)) continue;
    const d = distance(folded, key);
    if (d > tolerance || d > best) continue;
    if (d < best) {
      best = d;
      found = [];
    }
    if (!found.includes(target)) found.push(target);
  }
  return found.slice(0, limit);
}
