import { describe, expect, it } from 'vitest';
import { EligibilityCheck } from '../../src/stats/eligibility.js';
import { contact } from './fixtures.js';
import type { Contact } from '../../src/model/contact.js';

const windows = { asylumSeekerMonths: 3, statusHolderMonths: 12 };

function check(contacts: Contact[], files = ['x.csv']) {
  const eligibility = new EligibilityCheck(windows);
  contacts.forEach((c) => eligibility.add(c, c.clientId.charCodeAt(0)));
  return eligibility.result(files)!;
}

const seeker = (
  date: string,
  arrivalDate: string,
  statusDate: string | null = null,
  clientId = 'A',
) => contact({ clientId, date, legalStatus: 'asylum_seeker', arrivalDate, statusDate });
const holder = (date: string, statusDate: string, clientId = 'A') =>
  contact({ clientId, date, legalStatus: 'alternative', statusDate });

describe('EligibilityCheck', () => {
  it('includes both ends of the asylum-seeker window', () => {
    // Arrival 2021-01-31: the window ends on 2021-04-30 (31 April does not exist).
    const result = check([
      seeker('2021-01-31', '2021-01-31'),
      seeker('2021-04-30', '2021-01-31'),
      seeker('2021-05-01', '2021-01-31'),
    ]);
    expect(result).toMatchObject({ contactsChecked: 3, contactsOutside: 1, clientsOutside: 1 });
    expect(result.examples).toEqual([
      {
        file: 'x.csv',
        line: expect.any(Number),
        date: '2021-05-01',
        rule: 'asylumSeeker',
        daysOutside: 1,
      },
    ]);
  });

  it('ends the asylum-seeker window on an earlier status date', () => {
    // Arrived 03-01, status 03-20: served as asylum seeker until 03-20, not 06-01.
    const result = check([
      seeker('2021-03-20', '2021-03-01', '2021-03-20'),
      seeker('2021-03-25', '2021-03-01', '2021-03-20'),
    ]);
    expect(result.byRule).toEqual({ asylumSeeker: 1, statusHolder: 0 });
    expect(result.examples[0]!.daysOutside).toBe(5);
  });

  it('ignores a status date after the asylum-seeker window', () => {
    const result = check([seeker('2021-07-01', '2021-03-01', '2021-08-01')]);
    // Window 03-01 … 06-01; 07-01 is 30 days after.
    expect(result.examples[0]).toMatchObject({ rule: 'asylumSeeker', daysOutside: 30 });
  });

  it('checks status holders for 12 months from the status date, and contacts before it', () => {
    const result = check([
      holder('2022-06-20', '2021-06-20'),
      holder('2022-06-21', '2021-06-20', 'B'),
      holder('2021-06-10', '2021-06-20', 'C'),
    ]);
    expect(result).toMatchObject({
      contactsChecked: 3,
      contactsOutside: 2,
      clientsOutside: 2,
      byRule: { asylumSeeker: 0, statusHolder: 2 },
    });
    expect(result.examples.map((e) => e.daysOutside)).toEqual([1, 10]);
  });

  it('does not check rows without the date their rule needs, but still reports', () => {
    // A refugee row with only an arrival date: the figure exists, nothing is checked.
    const eligibility = new EligibilityCheck(windows);
    eligibility.add(contact({ clientId: 'A', date: '2021-06-01', arrivalDate: '2021-01-01' }), 0);
    expect(eligibility.result([])).toEqual({
      contactsChecked: 0,
      contactsOutside: 0,
      clientsOutside: 0,
      byRule: { asylumSeeker: 0, statusHolder: 0 },
      examples: [],
    });
    expect(new EligibilityCheck(windows).result([])).toBeNull();
  });

  it('keeps the first 20 findings by input position, whatever the arrival order', () => {
    const late = Array.from({ length: 30 }, (_, i) =>
      contact({
        clientId: 'A',
        date: '2021-12-01',
        legalStatus: 'asylum_seeker',
        arrivalDate: '2021-01-01',
        seq: 100 + i,
        source: { file: 0, line: 100 + i },
      }),
    );
    const forward = check(late);
    const backward = check([...late].reverse());
    expect(forward.contactsOutside).toBe(30);
    expect(forward.clientsOutside).toBe(1);
    expect(forward.examples.map((e) => e.line)).toEqual(
      Array.from({ length: 20 }, (_, i) => 100 + i),
    );
    expect(backward).toEqual(forward);
  });
});
