import type { Contact } from '../model/contact.js';
import { NumberSet } from './number-set.js';
import type { Statistics } from '../model/statistics.js';

/**
 * `staff`: distinct social workers and mentors with a contact in the period,
 * and the mean number of mentors active per month. Null when no contact in
 * the whole input names a staff member (the export has no `staff_id`).
 */
export class StaffTally {
  /** Staff ids numbered as met: one map lookup per contact, bit sets after that. */
  private readonly staffNumbers = new Map<string, number>();
  private readonly socialWorkers = new NumberSet();
  private readonly mentors = new NumberSet();
  private readonly mentorsByMonth: NumberSet[];

  constructor(monthCount: number) {
    this.mentorsByMonth = Array.from({ length: monthCount }, () => new NumberSet());
  }

  /** A contact in the period, in month number `month` of the period (0-based). */
  add(contact: Contact, month: number): void {
    if (contact.staffId === null) return;
    let staff = this.staffNumbers.get(contact.staffId);
    if (staff === undefined) {
      staff = this.staffNumbers.size;
      this.staffNumbers.set(contact.staffId, staff);
    }
    if (contact.staffRole === 'social_worker') {
      this.socialWorkers.add(staff);
    } else {
      this.mentors.add(staff);
      this.mentorsByMonth[month]!.add(staff);
    }
  }

  /** The figures; null when no contact of the whole input names a staff member. */
  result(anyStaffId: boolean): Statistics['staff'] {
    if (!anyStaffId) return null;
    const mentorMonths = this.mentorsByMonth.reduce((sum, mentors) => sum + mentors.size, 0);
    return {
      socialWorkers: this.socialWorkers.size,
      mentors: this.mentors.size,
      // Integers over integers: rounding sum * 10 / months is exact to one decimal.
      mentorsPerMonthAverage: Math.round((mentorMonths * 10) / this.mentorsByMonth.length) / 10,
    };
  }
}
