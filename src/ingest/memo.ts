/**
 * A parser remembered per distinct raw value. Exports repeat a handful of
 * services, countries, roles and dates endlessly, so each coded column parses
 * a value once instead of on every row.
 */

/** Distinct values remembered per column; beyond this a column's new values are parsed every time. */
export const MEMO_LIMIT = 50_000;

/** Slots in the table of recent values: 2 ** RECENT_BITS. */
const RECENT_BITS = 10;

/** A slot for a value: FNV-1a over its characters, spread by a multiplication, top bits. */
function recentSlot(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return Math.imul(hash, 0x9e3779b1) >>> (32 - RECENT_BITS);
}

/** `parse` with its results remembered: the same raw value gives the same (shared) result. */
export function memoise<T>(parse: (raw: string) => T): (raw: string) => T {
  const memo = new Map<string, T>();
  // Every raw value is a new string, which the map hashes in full; one string comparison
  // in this table of recent values finds most of them first.
  const recentRaw = new Array<string | null>(2 ** RECENT_BITS).fill(null);
  const recentResult = new Array<T | undefined>(2 ** RECENT_BITS).fill(undefined);
  return (raw) => {
    const slot = recentSlot(raw);
    if (recentRaw[slot] === raw) return recentResult[slot]!;
    let result = memo.get(raw);
    if (result === undefined) {
      result = parse(raw);
      if (memo.size < MEMO_LIMIT) memo.set(raw, result);
    }
    recentRaw[slot] = raw;
    recentResult[slot] = result;
    return result;
  };
}
