import { dayNumber } from '../calendar.js';
import type { Contact, IsoDate } from '../model/contact.js';
import type { Period } from '../period.js';
import { NumberSet } from './number-set.js';

/**
 * What the whole input says, whatever the period: its first and last dates,
 * whether any contact names a staff member, when each client was first seen
 * from the programme's start on (`clients.cumulative`), and which clients had
 * a contact on each day (the comparison's clients of earlier periods). Every
 * contact is told once and every period of the run reads it, so a batch of
 * twelve half-years does this work once, not twelve times.
 */
export class InputHistory {
  /** The dates of the input's first and last contacts (null: no contact). */
  first: IsoDate | null = null;
  last: IsoDate | null = null;
  /** Whether any contact names a staff member (without `staff_id`, `staff` is null). */
  anyStaffId = false;

  /** By client number: the day of its first contact from the programme's start on (Infinity: none). */
  private readonly countedFrom: number[] = [];
  /** By day number: the clients with a contact that day. */
  private readonly clientsByDay = new Map<number, number[]>();
  /**
   * By client number: the last day it was listed on, so that a client's
   * contacts on one day, which usually come together, are listed once.
   */
  private readonly lastListed: number[] = [];

  constructor(private readonly programStart: IsoDate | null) {}

  /** A contact of the input and its client's number (clients numbered 0, 1, 2 … as met). */
  add(contact: Contact, client: number): void {
    const { date } = contact;
    if (this.first === null || date < this.first) this.first = date;
    if (this.last === null || date > this.last) this.last = date;
    if (contact.staffId !== null) this.anyStaffId = true;
    while (this.countedFrom.length <= client) {
      this.countedFrom.push(Infinity);
      this.lastListed.push(-Infinity);
    }
    const day = dayNumber(date);
    const counts = this.programStart === null || date >= this.programStart;
    if (counts && day < this.countedFrom[client]!) this.countedFrom[client] = day;
    if (this.lastListed[client] !== day) {
      this.lastListed[client] = day;
      let clients = this.clientsByDay.get(day);
      if (clients === undefined) this.clientsByDay.set(day, (clients = []));
      clients.push(client);
    }
  }

  /** Clients with a contact from the programme's start (or the first contact) up to `to`. */
  cumulativeClients(to: IsoDate): number {
    const last = dayNumber(to);
    return this.countedFrom.reduce((count, first) => (first <= last ? count + 1 : count), 0);
  }

  /** Distinct clients with a contact in `period`. */
  clientsIn(period: Period): number {
    const clients = new NumberSet();
    for (let day = dayNumber(period.from), to = dayNumber(period.to); day <= to; day++) {
      for (const client of this.clientsByDay.get(day) ?? []) clients.add(client);
    }
    return clients.size;
  }
}
