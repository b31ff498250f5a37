import { describe, expect, it } from 'vitest';
import { invalidReasonLabel } from '../../src/render/labels.js';

/** Every reason an invalid row can have (src/ingest: the value parsers, the row and the reader). */
const REASONS = [
  'date.empty',
  'date.format',
  'date.ambiguous',
  'date.impossible',
  'date.out_of_range',
  'birth_date.after_contact',
  'client_id.empty',
  'client_id.excel_error',
  'family_id.excel_error',
  'staff_id.excel_error',
  'contact_id.excel_error',
  'gender.unknown',
  'citizenship.unknown',
  'citizenship.ambiguous',
  'legal_status.empty',
  'legal_status.unknown',
  'arrival.unknown',
  'staff_role.empty',
  'staff_role.unknown',
  'service.empty',
  'service.unknown',
  'case_closed_reason.unknown',
  'duration.invalid',
  'duration.not_whole',
  'duration.out_of_range',
  'csv.syntax',
  'row.too_many_fields',
  'row.header_repeated',
  'encoding.not_utf8',
];

describe('invalidReasonLabel', () => {
  it('names every reason an invalid row can have, none as "Cits iemesls"', () => {
    for (const reason of REASONS)
      expect(invalidReasonLabel(reason), reason).not.toBe('Cits iemesls');
  });

  it('says that a cell held bytes that are not UTF-8', () => {
    expect(invalidReasonLabel('encoding.not_utf8')).toBe('Teksta kodējums: baiti, kas nav UTF-8');
  });
});
