/**
 * Counts in English messages (the terminal speaks English; the report's
 * Latvian counting is in `lv/`): `1 file`, `2 files`, never `file(s)`.
 */

/** `one` for a count of 1, `many` for any other: `forCount(n, 'needs', 'need')`. */
export function forCount(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** A count with its thousands grouped, as every figure the terminal shows: `1,806`. */
export function grouped(count: number): string {
  return count.toLocaleString('en-US');
}

/** The count, grouped as the other figures are, and the noun that agrees with it: `1 file`, `1,806 contacts`. */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${grouped(count)} ${forCount(count, noun, plural)}`;
}
