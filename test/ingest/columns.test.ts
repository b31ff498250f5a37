import { describe, expect, it } from 'vitest';
import {
  COLUMNS,
  COLUMN_NAMES,
  PRIVATE_COLUMNS,
  REQUIRED_COLUMNS,
} from '../../src/ingest/columns.js';
import { matchHeader } from '../../src/ingest/header.js';

/** The alias table of input-format.md, copied by hand. */
const SPEC_ALIASES: Record<string, string[]> = {
  date: ['kontakta_datums', 'datums', 'contact_date'],
  client_id: ['klienta_id', 'klients', 'client'],
  family_id: ['gimenes_id', 'ģimenes_id', 'household_id', 'lieta'],
  gender: ['dzimums', 'sex'],
  birth_date: ['dzimsanas_datums', 'dzimšanas_datums', 'dob'],
  citizenship: ['pilsoniba', 'pilsonība', 'valsts', 'country'],
  legal_status: ['statuss', 'status'],
  arrival: ['ierasanas_veids', 'ierašanās_veids'],
  arrival_date: ['ierasanas_datums', 'ierašanās_datums'],
  status_date: ['statusa_datums'],
  location: ['dzivesvieta', 'dzīvesvieta', 'vieta'],
  staff_id: ['darbinieka_id', 'darbinieks', 'mentors'],
  staff_role: ['loma', 'role'],
  service: ['pakalpojums', 'darbiba', 'darbība'],
  case_closed_reason: ['slegsanas_iemesls', 'slēgšanas_iemesls'],
  duration_min: ['ilgums_min'],
  contact_id: ['kontakta_id'],
};

describe('columns', () => {
  it('lists the 17 columns of the input contract in its order', () => {
    expect(COLUMN_NAMES).toEqual(Object.keys(SPEC_ALIASES));
    expect(COLUMNS.map((c) => c.name)).toEqual(Object.keys(SPEC_ALIASES));
  });

  it('has every alias of the input contract', () => {
    for (const column of COLUMNS) expect(column.aliases).toEqual(SPEC_ALIASES[column.name]);
  });

  it('requires the eight columns the input contract requires', () => {
    expect(REQUIRED_COLUMNS).toEqual([
      'date',
      'client_id',
      'gender',
      'birth_date',
      'citizenship',
      'legal_status',
      'staff_role',
      'service',
    ]);
  });

  it('marks ids and free text as private', () => {
    expect([...PRIVATE_COLUMNS].sort()).toEqual(
      ['client_id', 'contact_id', 'family_id', 'location', 'staff_id'].sort(),
    );
  });

  it.each(
    Object.entries(SPEC_ALIASES).flatMap(([name, aliases]) =>
      [name, ...aliases].map((a) => [a, name]),
    ),
  )('header name %s means %s', (alias, name) => {
    expect(matchHeader(['x', alias]).index).toEqual({ [name]: 1 });
    expect(matchHeader([alias.toUpperCase()]).index).toEqual({ [name]: 0 });
  });
});
