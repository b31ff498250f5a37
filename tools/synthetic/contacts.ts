/**
 * Synthetic contacts, day by day in date order and lazily (a generator), so
 * that an export of any size is written without holding its rows.
 */
import type { ClosureReason, LegalStatus, ServiceCode, StaffRole } from '../../src/model/codes.js';
import { defaultClientCount, makePopulation, type SyntheticClient } from './population.js';
import { dayNumber } from '../../src/calendar.js';
import { Random } from './random.js';

export interface SyntheticContact {
  day: number;
  client: SyntheticClient;
  legalStatus: LegalStatus;
  /** `null`: the accommodation centre "Mucenieki"; otherwise a municipality. */
  location: string | null;
  staffId: string;
  staffRole: StaffRole;
  service: ServiceCode;
  closureReason: ClosureReason | null;
  durationMin: number | null;
  contactId: string;
  /** Written as the client's other gender or country: the kind of slip real exports have. */
  slip: boolean;
}

export interface ContactOptions {
  rows: number;
  seed: number;
  from: string;
  to: string;
  clients?: number;
  /** Share of rows written twice (default 0.002). */
  duplicateRate?: number;
  /** Share of rows with a slip in a client attribute (default 0.001). */
  slipRate?: number;
}

const SERVICES_BY_ROLE: Record<StaffRole, readonly (readonly [ServiceCode, number])[]> = {
  social_worker: [
    ['basic_needs', 14],
    ['documents', 16],
    ['institutions', 14],
    ['healthcare', 10],
    ['housing', 10],
    ['employment', 8],
    ['legal', 6],
    ['education', 6],
    ['humanitarian_aid', 6],
    ['psychosocial', 4],
    ['other', 3],
  ],
  mentor: [
    ['daily_skills', 16],
    ['language_course', 10],
    ['integration_course', 8],
    ['culture', 8],
    ['healthcare', 12],
    ['institutions', 8],
    ['employment', 8],
    ['housing', 8],
    ['education', 6],
    ['humanitarian_aid', 6],
    ['psychosocial', 6],
    ['basic_needs', 4],
  ],
};

/** Contacts per weekday relative to Monday: hardly any at weekends. */
const WEEKDAY_LOAD = [0.1, 1, 1, 1, 1, 0.9, 0.15]; // Sunday first, as getUTCDay counts

/** Yields `rows` contacts between `from` and `to`, in date order; the same seed gives the same contacts. */
export function* generateContacts(options: ContactOptions): Generator<SyntheticContact> {
  const random = new Random(options.seed);
  const first = dayNumber(options.from);
  const last = dayNumber(options.to);
  const clients = makePopulation(random, {
    clients: options.clients ?? defaultClientCount(options.rows),
    first,
    last,
    socialWorkers: 6,
    mentors: 24,
  }).sort((a, b) => a.start - b.start);
  const duplicateRate = options.duplicateRate ?? 0.002;
  const slipRate = options.slipRate ?? 0.001;

  const load = (day: number) => WEEKDAY_LOAD[new Date(day * 86_400_000).getUTCDay()]!;
  let totalLoad = 0;
  for (let day = first; day <= last; day++) totalLoad += load(day);

  let next = 0; // the first client not yet started
  let active: SyntheticClient[] = [];
  let emitted = 0;
  let loadSoFar = 0;
  let contactNo = 0;
  const contact = (day: number, client: SyntheticClient, closing: boolean): SyntheticContact => {
    const granted = client.status !== null && day >= client.status.day ? client.status : null;
    const role: StaffRole = closing || random.chance(0.4) ? 'social_worker' : 'mentor';
    return {
      day,
      client,
      legalStatus: granted?.status ?? 'asylum_seeker',
      location: granted === null && random.chance(0.85) ? null : client.home,
      staffId: role === 'mentor' ? client.mentor : client.socialWorker,
      staffRole: role,
      service: closing ? 'documents' : random.weighted(SERVICES_BY_ROLE[role]),
      closureReason: closing ? client.closure : null,
      durationMin: random.chance(0.1) ? null : 5 * random.int(3, 36),
      contactId: `C-${String(++contactNo).padStart(7, '0')}`,
      slip: random.chance(slipRate),
    };
  };

  for (let day = first; day <= last && emitted < options.rows; day++) {
    while (next < clients.length && clients[next]!.start <= day) active.push(clients[next++]!);
    active = active.filter((client) => client.end >= day);
    loadSoFar += load(day);
    const target = day === last ? options.rows : Math.round((options.rows * loadSoFar) / totalLoad);
    // A closing client's last contact is the closure itself.
    for (const client of active) {
      if (client.end === day && client.closure !== null && emitted < options.rows) {
        emitted++;
        yield contact(day, client, true);
      }
    }
    const pool = active.length > 0 ? active : clients.slice(Math.max(0, next - 1), next + 1);
    while (emitted < target && pool.length > 0) {
      const client = pickWeighted(random, pool);
      const row = contact(day, client, false);
      emitted++;
      yield row;
      if (emitted < target && random.chance(duplicateRate)) {
        emitted++;
        yield row;
      }
    }
  }
}

/** Rejection sampling: O(1) per pick however many clients are active (weights are at most 1.5). */
function pickWeighted(random: Random, pool: readonly SyntheticClient[]): SyntheticClient {
  for (;;) {
    const client = random.pick(pool);
    if (random.next() * 1.5 < client.weight) return client;
  }
}
