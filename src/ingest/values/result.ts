/** What every value parser returns: the value, or a stable reason key and a message. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string; message: string };

/** A parsed value. */
export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

/** A rejected value: `reason` is a stable key (`date.ambiguous`), `message` says what was expected. */
export function fail(
  reason: string,
  message: string,
): { ok: false; reason: string; message: string } {
  return { ok: false, reason, message };
}
