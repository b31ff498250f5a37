/**
 * Pseudonymous ids (client, family, staff, contact): trimmed, compared
 * case-sensitively, and never quoted in any message.
 */
import { fail, ok, type Parsed } from './result.js';

/** The client id: required and non-empty. */
export function parseClientId(raw: string): Parsed<string> {
  const text = raw.trim();
  return text === '' ? fail('client_id.empty', 'must not be empty') : ok(text);
}

/** An optional id: trimmed, empty → null. Never fails. */
export function parseOptionalId(raw: string): Parsed<string | null> {
  const text = raw.trim();
  return ok(text === '' ? null : text);
}
