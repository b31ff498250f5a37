/**
 * Counts in English messages (the terminal speaks English; the report's
 * Latvian counting is in `lv/`): `1 file`, `2 files`, never `file(s)`.
 */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
