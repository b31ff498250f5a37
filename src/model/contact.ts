import type {
  Arrival,
  ClosureReason,
  Gender,
  LegalStatus,
  ServiceCode,
  StaffRole,
} from './codes.js';

/** A calendar day as `YYYY-MM-DD`; such strings sort and compare chronologically. */
export type IsoDate = string;

/** Where a row came from: the file's index in the input list and its physical line (header = 1). */
export interface RowSource {
  file: number;
  line: number;
}

/**
 * One valid contact: one staff member helping one client on one day.
 * Client attributes (gender, birth date, …) are as written on this row;
 * ingest (`ClientTracker`) resolves disagreements between a client's rows.
 */
export interface Contact {
  date: IsoDate;
  clientId: string;
  familyId: string | null;
  gender: Gender;
  birthDate: IsoDate | null;
  /** ISO 3166-1 alpha-2, `stateless` or `unknown`. */
  citizenship: string;
  legalStatus: LegalStatus;
  arrival: Arrival;
  arrivalDate: IsoDate | null;
  statusDate: IsoDate | null;
  /** Normalised place name; every "Mucenieki" spelling is `MUCENIEKI`. Null when empty. */
  location: string | null;
  staffId: string | null;
  staffRole: StaffRole;
  service: ServiceCode;
  closureReason: ClosureReason | null;
  durationMin: number | null;
  contactId: string | null;
  /** Position in the pooled input (files in order, rows in order): the tie-break for "latest". */
  seq: number;
  source: RowSource;
}
