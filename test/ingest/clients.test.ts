import { describe, expect, it } from 'vitest';
import { ClientTracker } from '../../src/ingest/clients.js';
import type { Contact } from '../../src/model/contact.js';
import { contact as anyContact } from '../stats/fixtures.js';

/** A contact of client K-1 with every attribute known, unless overridden. */
function contact(overrides: Partial<Contact>): Contact {
  return anyContact({
    date: '2021-03-05',
    clientId: 'K-1',
    gender: 'female',
    birthDate: '1990-01-01',
    citizenship: 'IQ',
    arrival: 'relocation',
    staffRole: 'mentor',
    service: 'housing',
    ...overrides,
  });
}

describe('ClientTracker', () => {
  it('takes the value of the latest contact by date, not by input order', () => {
    const tracker = new ClientTracker();
    tracker.add(contact({ date: '2021-05-01', citizenship: 'SY', source: { file: 0, line: 2 } }));
    tracker.add(contact({ date: '2021-02-01', citizenship: 'IQ', source: { file: 1, line: 7 } }));
    const profile = tracker.profiles().get('K-1')!;
    expect(profile.citizenship).toBe('SY');
    expect(profile.firstContact).toBe('2021-02-01');
    expect(tracker.warnings(['a.csv', 'b.csv'])).toEqual([
      {
        type: 'client_attribute_conflict',
        message:
          "a.csv:2 and b.csv:7: citizenship: one client's rows differ (IQ, SY); the value on the client's latest contact is used",
      },
    ]);
  });

  it('breaks a tie on date by input order: the later row wins', () => {
    const tracker = new ClientTracker();
    tracker.add(contact({ gender: 'female' }));
    tracker.add(contact({ gender: 'male' }));
    expect(tracker.profiles().get('K-1')!.gender).toBe('male');
  });

  it('takes the latest known value by date when rows come out of date order', () => {
    const tracker = new ClientTracker();
    tracker.add(contact({ date: '2021-05-01', gender: 'unknown', citizenship: 'SY' }));
    tracker.add(contact({ date: '2021-03-01', gender: 'female', citizenship: 'IQ' }));
    tracker.add(contact({ date: '2021-04-01', gender: 'male', citizenship: 'IQ' }));
    tracker.add(contact({ date: '2021-02-01', gender: 'female', citizenship: 'AF' }));
    expect(tracker.profiles().get('K-1')).toMatchObject({
      gender: 'male',
      citizenship: 'SY',
      firstContact: '2021-02-01',
    });
  });

  it('dates a known value by the contact that carried it, when later contacts leave it empty', () => {
    // May's family id came with the latest contact until June left it empty; April's row,
    // read last, is older than May's and must not replace it. Likewise for the gender.
    const tracker = new ClientTracker();
    tracker.add(contact({ date: '2021-03-01', familyId: 'G-1', gender: 'female' }));
    tracker.add(contact({ date: '2021-05-01', familyId: 'G-2', gender: 'male' }));
    tracker.add(contact({ date: '2021-06-01', familyId: null, gender: 'unknown' }));
    tracker.add(contact({ date: '2021-04-01', familyId: 'G-3', gender: 'female' }));
    tracker.add(contact({ date: '2021-05-15', familyId: null, gender: 'unknown' }));
    expect(tracker.profiles().get('K-1')).toMatchObject({ familyId: 'G-2', gender: 'male' });
    // And a row between May and June, read last, is newer than May's: it wins.
    tracker.add(contact({ date: '2021-05-20', familyId: 'G-4', gender: 'female' }));
    expect(tracker.profiles().get('K-1')).toMatchObject({ familyId: 'G-4', gender: 'female' });
    // A value known again on a new latest contact is dated by that contact, not the pinned one.
    tracker.add(contact({ date: '2021-07-01', familyId: 'G-5', gender: 'male' }));
    tracker.add(contact({ date: '2021-06-15', familyId: 'G-6', gender: 'female' }));
    expect(tracker.profiles().get('K-1')).toMatchObject({ familyId: 'G-5', gender: 'male' });
  });

  it('does not let an empty value override or disagree with a known one', () => {
    const tracker = new ClientTracker();
    tracker.add(
      contact({ date: '2021-01-01', gender: 'male', familyId: 'F1', birthDate: '1980-01-01' }),
    );
    tracker.add(
      contact({ date: '2021-02-01', gender: 'unknown', familyId: null, birthDate: null }),
    );
    const profile = tracker.profiles().get('K-1')!;
    expect(profile).toMatchObject({ gender: 'male', familyId: 'F1', birthDate: '1980-01-01' });
    expect(tracker.warnings(['a.csv'])).toEqual([]);
  });

  it('never quotes birth dates, family ids or client ids', () => {
    const tracker = new ClientTracker();
    tracker.add(
      contact({
        clientId: 'SECRET-7',
        familyId: 'FAM-1',
        birthDate: '1980-01-01',
        source: { file: 0, line: 3 },
      }),
    );
    tracker.add(
      contact({
        clientId: 'SECRET-7',
        familyId: 'FAM-2',
        birthDate: '1981-01-01',
        source: { file: 0, line: 9 },
      }),
    );
    const messages = tracker.warnings(['a.csv']).map((w) => w.message);
    expect(messages).toEqual([
      "a.csv:3 and a.csv:9: birth_date: one client's rows differ; the value on the client's latest contact is used",
      "a.csv:3 and a.csv:9: family_id: one client's rows differ; the value on the client's latest contact is used",
    ]);
    expect(messages.join()).not.toMatch(/SECRET|FAM|198/);
  });

  it('lists the conflicts in the order the rows revealed them', () => {
    const tracker = new ClientTracker();
    const at = (line: number) => ({ source: { file: 0, line } });
    tracker.add(contact({ clientId: 'K-2', gender: 'male', ...at(2) }));
    tracker.add(contact({ clientId: 'K-1', citizenship: 'IQ', ...at(3) }));
    tracker.add(contact({ clientId: 'K-1', citizenship: 'SY', ...at(4) }));
    tracker.add(contact({ clientId: 'K-2', gender: 'female', ...at(5) }));
    tracker.add(contact({ clientId: 'K-1', citizenship: 'AF', ...at(6) }));
    expect(tracker.warnings(['a.csv']).map((w) => w.message.split(': ').slice(0, 2))).toEqual([
      ['a.csv:3 and a.csv:4', 'citizenship'],
      ['a.csv:2 and a.csv:5', 'gender'],
    ]);
  });

  it('keeps forty thousand clients apart when they take turns', () => {
    const tracker = new ClientTracker();
    const citizenship = (i: number) => (i % 3 === 0 ? 'SY' : i % 3 === 1 ? 'IQ' : 'AF');
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 40_000; i++) {
        const n = (i * 7919) % 40_000;
        tracker.add(contact({ clientId: `K-${n}`, citizenship: citizenship(n) }));
      }
    }
    const profiles = tracker.profiles();
    expect(profiles.size).toBe(40_000);
    for (const [id, profile] of profiles) {
      if (profile.citizenship !== citizenship(Number(id.slice(2)))) throw new Error(id);
    }
    expect(tracker.warnings(['a.csv'])).toEqual([]);
  });

  it('lists every value seen once a column disagrees, and keeps clients apart', () => {
    const tracker = new ClientTracker();
    tracker.add(contact({ arrival: 'relocation' }));
    tracker.add(contact({ clientId: 'K-2', arrival: 'independent' }));
    tracker.add(contact({ arrival: 'independent', source: { file: 0, line: 20 } }));
    tracker.add(contact({ arrival: 'relocation' }));
    const warnings = tracker.warnings(['a.csv']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain(
      "arrival: one client's rows differ (independent, relocation)",
    );
    expect(tracker.profiles().size).toBe(2);
    expect(tracker.profiles().get('K-1')!.arrival).toBe('relocation');
  });
});
