import type { Arrival, Gender } from './codes.js';
import type { IsoDate } from './contact.js';

/**
 * A client's attributes after resolving disagreements between their rows:
 * the latest known value (by date, then input order) wins; an empty cell is
 * no value and erases nothing.
 */
export interface ClientProfile {
  gender: Gender;
  birthDate: IsoDate | null;
  /** ISO 3166-1 alpha-2, `stateless` or `unknown`. */
  citizenship: string;
  familyId: string | null;
  arrival: Arrival;
  /** The client's earliest contact anywhere in the input (for `clients.new`). */
  firstContact: IsoDate;
}
