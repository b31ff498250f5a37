import type { ClientProfile } from '../../src/model/client.js';
import type { Contact } from '../../src/model/contact.js';
import type { DataQuality } from '../../src/model/statistics.js';
import { configSchema, type Config } from '../../src/config/schema.js';

/** Test helpers: contacts with defaults, and the profiles ingest would resolve for them. */

let nextSeq = 0;

/** A valid contact; `seq` and `source` follow the order of creation unless given. */
export function contact(fields: Partial<Contact> & Pick<Contact, 'date' | 'clientId'>): Contact {
  const seq = fields.seq ?? nextSeq++;
  return {
    familyId: null,
    gender: 'unknown',
    birthDate: null,
    citizenship: 'unknown',
    legalStatus: 'refugee',
    arrival: 'unknown',
    arrivalDate: null,
    statusDate: null,
    location: null,
    staffId: null,
    staffRole: 'social_worker',
    service: 'other',
    closureReason: null,
    durationMin: null,
    contactId: null,
    seq,
    source: { file: 0, line: seq + 2 },
    ...fields,
  };
}

/**
 * Profiles as ingest resolves them: attributes of the latest contact (by date,
 * then seq), first contact = earliest date.
 */
export function profilesOf(contacts: readonly Contact[]): Map<string, ClientProfile> {
  const latest = new Map<string, Contact>();
  const first = new Map<string, string>();
  for (const c of contacts) {
    const current = latest.get(c.clientId);
    if (!current || c.date > current.date || (c.date === current.date && c.seq > current.seq)) {
      latest.set(c.clientId, c);
    }
    const earliest = first.get(c.clientId);
    if (earliest === undefined || c.date < earliest) first.set(c.clientId, c.date);
  }
  const profiles = new Map<string, ClientProfile>();
  for (const [id, c] of latest) {
    profiles.set(id, {
      gender: c.gender,
      birthDate: c.birthDate,
      citizenship: c.citizenship,
      familyId: c.familyId,
      arrival: c.arrival,
      firstContact: first.get(id)!,
    });
  }
  return profiles;
}

export function dataQuality(fileNames: string[] = ['contacts.csv']): DataQuality {
  return {
    files: fileNames.map((name) => ({ name, sha256: '0'.repeat(64), rows: 0 })),
    rowsRead: 0,
    rowsValid: 0,
    rowsInvalid: { total: 0, byReason: [] },
    duplicatesRemoved: 0,
    warnings: [],
  };
}

export function config(input: Record<string, unknown> = {}): Config {
  return configSchema.parse(input);
}
