import type { Contact } from '../model/contact.js';

/**
 * Numbers clients 0, 1, 2 … in order of appearance, so that the aggregator
 * keeps per-client state in bit sets and arrays. One instance may serve
 * several aggregators fed the same stream (batch mode): the number of the
 * contact just seen is remembered, so each contact costs one map lookup,
 * however many periods are aggregated.
 */
export class ClientNumbers {
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];
  private lastContact: Contact | null = null;
  private lastNumber = -1;

  /** The number of the contact's client, assigned on first sight. */
  of(contact: Contact): number {
    if (contact === this.lastContact) return this.lastNumber;
    let client = this.numbers.get(contact.clientId);
    if (client === undefined) {
      client = this.ids.length;
      this.numbers.set(contact.clientId, client);
      this.ids.push(contact.clientId);
    }
    this.lastContact = contact;
    this.lastNumber = client;
    return client;
  }

  /** The client id of a number handed out by `of`. */
  id(client: number): string {
    return this.ids[client]!;
  }
}
