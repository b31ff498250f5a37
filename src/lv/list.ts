/**
 * `joinList(['a', 'b', 'c'])` → "a, b un c": commas, and "un" before the last
 * item (Latvian puts no comma before "un"). Empty → "".
 */
export function joinList(items: readonly string[], conjunction = 'un'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
