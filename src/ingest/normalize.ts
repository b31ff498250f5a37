/** Quoting and listing for English messages. */

const QUOTE_LIMIT = 40;

/**
 * Quotes a coded value for a message, cut to a bounded length: a coded column
 * sometimes holds a pasted note, and a message must not carry a whole note.
 */
export function quote(value: string, limit = QUOTE_LIMIT): string {
  // A quoted CSV field may hold line breaks; a message stays on one line.
  const flat = value.replace(/\s+/g, ' ');
  const shown = flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
  return `"${shown}"`;
}

/** `a`, `a or b`, `a, b or c`. */
export function listOr(items: readonly string[]): string {
  return joinList(items, 'or');
}

/** `a`, `a and b`, `a, b and c`. */
export function listAnd(items: readonly string[]): string {
  return joinList(items, 'and');
}

function joinList(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
