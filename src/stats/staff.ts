import type { Contact } from '../model/contact.js';
import type { Statistics } from './schema.js';

/**
 * `staff`: distinct social workers and mentors with a contact in the period,
 * and the mean number of mentors active per month. Null when no contact in
 * the whole input names a staff member (the export has no `staff_id`).
 */
export class StaffTally {
  private anyStaffId = false;
  private readonly socialWorkers = new Set<string>();
  private readonly mentors = new Set<string>();
  private readonly mentorsByMonth: Set<string>[];

  constructor(monthCount: number) {
    this.mentorsByMonth = Array.from({ length: monthCount }, () => new Set<string>());
  }

  /** Every contact of the input: only whether it names a staff member matters. */
  see(contact: Contact): void {
    if (contact.staffId !== null) this.anyStaffId = true;
  }

  /** A contact in the period, in month number `month` of the period (0-based). */
  add(contact: Contact, month: number): void {
    if (contact.staffId === null) return;
    if (contact.staffRole === 'social_worker') {
      this.socialWorkers.add(contact.staffId);
    } else {
      this.mentors.add(contact.staffId);
      this.mentorsByMonth[month]!.add(contact.staffId);
    }
  }

  result(): Statistics['staff'] {
    if (!this.anyStaffId) return null;
    const mentorMonths = this.mentorsByMonth.reduce((sum, mentors) => sum + mentors.size, 0);
    return {
      socialWorkers: this.socialWorkers.size,
      mentors: this.mentors.size,
      // Integers over integers: rounding sum * 10 / months is exact to one decimal.
      mentorsPerMonthAverage: Math.round((mentorMonths * 10) / this.mentorsByMonth.length) / 10,
    };
  }
}
