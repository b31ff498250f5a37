import type { Config } from '../config/schema.js';
import type { Contact, IsoDate } from '../model/contact.js';
import { addMonths, dayNumber } from '../calendar.js';
import { NumberSet } from './number-set.js';
import type { Statistics } from '../model/statistics.js';

/**
 * `eligibility`: contacts in the period that fall outside the programme's
 * service windows. A warning for the annex, never an error. Each contact is
 * checked against its own row's legal status and dates:
 *
 * - asylum seeker (rule `asylumSeeker`, needs `arrival_date`): from the
 *   arrival day to the same day `asylumSeekerMonths` later, or to the status
 *   day when the status came earlier;
 * - refugee or alternative status (rule `statusHolder`, needs `status_date`):
 *   from the status day to the same day `statusHolderMonths` later.
 *
 * Both ends are included. Rows without the date their rule needs are not
 * checked. Examples are located by file and line only, never by client id.
 */

export type EligibilityRule = 'asylumSeeker' | 'statusHolder';
type Example = NonNullable<Statistics['eligibility']>['examples'][number];
interface Finding {
  seq: number;
  fileIndex: number;
  line: number;
  date: IsoDate;
  rule: EligibilityRule;
  daysOutside: number;
}

export const MAX_ELIGIBILITY_EXAMPLES = 20;

/** Checks the contacts of one period against the configured service windows. */
export class EligibilityCheck {
  private anyDates = false;
  private contactsChecked = 0;
  private readonly byRule = { asylumSeeker: 0, statusHolder: 0 };
  private readonly clientsOutside = new NumberSet();
  /** The findings with the smallest input positions, ascending; at most MAX_ELIGIBILITY_EXAMPLES. */
  private readonly examples: Finding[] = [];
  /**
   * The last window computed per client, by client number: clients repeat
   * their dates on every row, so addMonths runs about once per client.
   */
  private readonly lastWindow: (
    { rule: EligibilityRule; start: IsoDate; end: IsoDate } | undefined
  )[] = [];

  constructor(private readonly windows: Config['eligibility']) {}

  /** A contact in the period of client number `client`. */
  add(contact: Contact, client: number): void {
    const { arrivalDate, statusDate } = contact;
    if (arrivalDate === null && statusDate === null) return;
    this.anyDates = true;

    let rule: EligibilityRule;
    let start: IsoDate;
    let end: IsoDate;
    if (contact.legalStatus === 'asylum_seeker') {
      if (arrivalDate === null) return;
      rule = 'asylumSeeker';
      start = arrivalDate;
      end = this.windowEnd(client, rule, arrivalDate);
      if (statusDate !== null && statusDate < end) end = statusDate;
    } else {
      if (statusDate === null) return;
      rule = 'statusHolder';
      start = statusDate;
      end = this.windowEnd(client, rule, statusDate);
    }
    this.contactsChecked++;
    if (contact.date >= start && contact.date <= end) return;

    this.byRule[rule]++;
    this.clientsOutside.add(client);
    const examples = this.examples;
    // Most findings come after the first 20: skip them before any arithmetic.
    if (examples.length === MAX_ELIGIBILITY_EXAMPLES && contact.seq > examples.at(-1)!.seq) return;
    const daysOutside =
      contact.date < start
        ? dayNumber(start) - dayNumber(contact.date)
        : dayNumber(contact.date) - dayNumber(end);
    this.keepExample({
      seq: contact.seq,
      fileIndex: contact.source.file,
      line: contact.source.line,
      date: contact.date,
      rule,
      daysOutside,
    });
  }

  /** The figure, or null when no row in the period carried an arrival or status date. */
  result(fileNames: readonly string[]): Statistics['eligibility'] {
    if (!this.anyDates) return null;
    return {
      contactsChecked: this.contactsChecked,
      contactsOutside: this.byRule.asylumSeeker + this.byRule.statusHolder,
      clientsOutside: this.clientsOutside.size,
      byRule: { ...this.byRule },
      examples: this.examples.map((finding): Example => ({
        file: fileNames[finding.fileIndex] ?? `input ${finding.fileIndex + 1}`,
        line: finding.line,
        date: finding.date,
        rule: finding.rule,
        daysOutside: finding.daysOutside,
      })),
    };
  }

  /** The last day of a window that starts on `start`. */
  private windowEnd(client: number, rule: EligibilityRule, start: IsoDate): IsoDate {
    const last = this.lastWindow[client];
    if (last !== undefined && last.rule === rule && last.start === start) return last.end;
    const months =
      rule === 'asylumSeeker' ? this.windows.asylumSeekerMonths : this.windows.statusHolderMonths;
    const end = addMonths(start, months);
    this.lastWindow[client] = { rule, start, end };
    return end;
  }

  /** Keeps the first findings by input position, whatever order they arrive in. */
  private keepExample(finding: Finding): void {
    const examples = this.examples;
    let index = examples.length;
    while (index > 0 && examples[index - 1]!.seq > finding.seq) index--;
    examples.splice(index, 0, finding);
    if (examples.length > MAX_ELIGIBILITY_EXAMPLES) examples.pop();
  }
}
