import type { Contact } from '../model/contact.js';

/**
 * Numbers clients 0, 1, 2 … in order of appearance, so that the aggregator
 * keeps per-client state in bit sets and arrays.
 */
export class ClientNumbers {
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];

  /** The number of the contact's client, assigned on first sight. */
  of(contact: Contact): number {
    let client = this.numbers.get(contact.clientId);
    if (client === undefined) {
      client = this.ids.length;
      this.numbers.set(contact.clientId, client);
      this.ids.push(contact.clientId);
    }
    return client;
  }

  /** The client id of a number handed out by `of`. */
  id(client: number): string {
    return this.ids[client]!;
  }
}
