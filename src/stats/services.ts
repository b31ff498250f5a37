import { CLOSURE_REASONS, SERVICES, type ClosureReason, type ServiceCode } from '../model/codes.js';
import { NumberSet } from './number-set.js';
import type { Statistics } from '../model/statistics.js';

/**
 * `services` (contacts and distinct clients per service category) and
 * `closures` (contacts in the period that close a case, by reason).
 */

const SERVICE_INDEX = new Map<ServiceCode, number>(SERVICES.map((code, index) => [code, index]));

/** Contacts and distinct clients per service category. */
export class ServiceTally {
  private readonly contacts = SERVICES.map(() => 0);
  private readonly clients = SERVICES.map(() => new NumberSet());

  add(service: ServiceCode, client: number): void {
    const index = SERVICE_INDEX.get(service)!;
    this.contacts[index]!++;
    this.clients[index]!.add(client);
  }

  /**
   * Categories with at least one contact, most contacts first; equal counts
   * keep the order of the input contract's category list.
   */
  result(): Statistics['services'] {
    return SERVICES.map((code, index) => ({
      code,
      contacts: this.contacts[index]!,
      clients: this.clients[index]!.size,
    }))
      .filter((row) => row.contacts > 0)
      .sort(
        (a, b) =>
          b.contacts - a.contacts || SERVICE_INDEX.get(a.code)! - SERVICE_INDEX.get(b.code)!,
      );
  }
}

/** Closing contacts: the total and every reason, zeros included. */
export class ClosureTally {
  private readonly byReason = Object.fromEntries(
    CLOSURE_REASONS.map((reason) => [reason, 0]),
  ) as Record<ClosureReason, number>;
  private total = 0;

  add(reason: ClosureReason | null): void {
    if (reason === null) return;
    this.byReason[reason]++;
    this.total++;
  }

  result(): Statistics['closures'] {
    return { total: this.total, byReason: { ...this.byReason } };
  }
}
