/**
 * The columns of the input contract (docs/input-format.md, "Columns"): canonical
 * name, every alias, whether the header must have it, and whether its values
 * are ids or free text that no message may ever quote.
 */
import type { Contact } from '../model/contact.js';

export const COLUMN_NAMES = [
  'date',
  'client_id',
  'family_id',
  'gender',
  'birth_date',
  'citizenship',
  'legal_status',
  'arrival',
  'arrival_date',
  'status_date',
  'location',
  'staff_id',
  'staff_role',
  'service',
  'case_closed_reason',
  'duration_min',
  'contact_id',
] as const;
export type ColumnName = (typeof COLUMN_NAMES)[number];

export interface ColumnSpec {
  name: ColumnName;
  /** Other header names for this column; matched like the name itself (see `fold`). */
  aliases: readonly string[];
  /** The header must have the column (its value may still be empty where the contract allows). */
  required: boolean;
  /** Ids and free text: never quoted in any message, warning or output. */
  private: boolean;
  /** The `Contact` property the value goes to. */
  field: keyof ContactFields;
}

const spec = (
  name: ColumnName,
  field: ColumnSpec['field'],
  aliases: string[],
  required: boolean,
  isPrivate = false,
): ColumnSpec => ({ name, field, aliases, required, private: isPrivate });

/** Every column, in the contract's order (docs/input-format.md). */
export const COLUMNS: readonly ColumnSpec[] = [
  spec('date', 'date', ['kontakta_datums', 'datums', 'contact_date'], true),
  spec('client_id', 'clientId', ['klienta_id', 'klients', 'client'], true, true),
  spec('family_id', 'familyId', ['gimenes_id', 'ģimenes_id', 'household_id', 'lieta'], false, true),
  spec('gender', 'gender', ['dzimums', 'sex'], true),
  spec('birth_date', 'birthDate', ['dzimsanas_datums', 'dzimšanas_datums', 'dob'], true),
  spec('citizenship', 'citizenship', ['pilsoniba', 'pilsonība', 'valsts', 'country'], true),
  spec('legal_status', 'legalStatus', ['statuss', 'status'], true),
  spec('arrival', 'arrival', ['ierasanas_veids', 'ierašanās_veids'], false),
  spec('arrival_date', 'arrivalDate', ['ierasanas_datums', 'ierašanās_datums'], false),
  spec('status_date', 'statusDate', ['statusa_datums'], false),
  spec('location', 'location', ['dzivesvieta', 'dzīvesvieta', 'vieta'], false, true),
  spec('staff_id', 'staffId', ['darbinieka_id', 'darbinieks', 'mentors'], false, true),
  spec('staff_role', 'staffRole', ['loma', 'role'], true),
  spec('service', 'service', ['pakalpojums', 'darbiba', 'darbība'], true),
  spec('case_closed_reason', 'closureReason', ['slegsanas_iemesls', 'slēgšanas_iemesls'], false),
  spec('duration_min', 'durationMin', ['ilgums_min'], false),
  spec('contact_id', 'contactId', ['kontakta_id'], false, true),
];

/** A contact's values as its row gives them, before its place in the input. */
export type ContactFields = Omit<Contact, 'seq' | 'source'>;

/** The contact's fields, one per column, in the contract's order. */
export const CONTACT_FIELDS: readonly (keyof ContactFields)[] = COLUMNS.map((c) => c.field);

/** Look-up by canonical name. */
export const COLUMN_BY_NAME: ReadonlyMap<ColumnName, ColumnSpec> = new Map(
  COLUMNS.map((column) => [column.name, column]),
);

/** Columns the header must contain, in the contract's order (docs/input-format.md). */
export const REQUIRED_COLUMNS: readonly ColumnName[] = COLUMNS.filter((c) => c.required).map(
  (c) => c.name,
);

/** Columns whose values are ids or free text, never to be echoed. */
export const PRIVATE_COLUMNS: ReadonlySet<ColumnName> = new Set(
  COLUMNS.filter((c) => c.private).map((c) => c.name),
);
