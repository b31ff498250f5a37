/**
 * Coded columns: gender, legal status, arrival, staff role, service and
 * closure reason. Each accepts its codes and the Latvian (and English) forms
 * of the input contract (docs/input-format.md), ignoring case, diacritics and `_`/`-`/space differences.
 */
import {
  SERVICE_LABELS,
  SERVICES,
  type Arrival,
  type ClosureReason,
  type Gender,
  type LegalStatus,
  type ServiceCode,
  type StaffRole,
} from '../../model/codes.js';
import { listOr } from '../normalize.js';
import { fold } from '../../text.js';
import { fail, ok, type Parsed } from './result.js';
import { showCell } from './shown.js';
import { closest, type Candidate } from './suggest.js';

interface CodedColumn<T extends string> {
  /** Reason prefix and the noun used in messages. */
  kind: string;
  noun: string;
  /** Each code with the forms that mean it, main Latvian form first (the code itself is always accepted). */
  forms: Partial<Record<T, readonly string[]>>;
  /** What an empty value means; none makes an empty value an error. */
  empty?: T | null;
  /** What to say when no suggestion is near. */
  expected: string;
}

/** A parser for one coded column, with "did you mean" on misspellings. */
function codedParser<T extends string, V extends T | null = T>(
  column: CodedColumn<T> & { empty?: V },
): (raw: string) => Parsed<T | V> {
  const lookup = new Map<string, T>();
  const shown = new Map<T, string>();
  const candidates: Candidate<T>[] = [];
  for (const [code, forms] of Object.entries(column.forms) as [T, string[]][]) {
    for (const form of [code, ...forms]) {
      const key = fold(form);
      const taken = lookup.get(key);
      if (taken !== undefined && taken !== code) {
        throw new Error(`${column.kind}: "${form}" would mean both ${taken} and ${code}`);
      }
      lookup.set(key, code);
      candidates.push({ key, target: code });
    }
    // Suggestions show the code with its main Latvian form: `healthcare (veselības aprūpe)`.
    shown.set(code, forms[0] === undefined ? code : `${code} (${forms[0]})`);
  }
  return (raw) => {
    const text = raw.trim();
    if (text === '') {
      return column.empty === undefined
        ? fail(`${column.kind}.empty`, `missing ${column.noun} (${column.expected})`)
        : ok(column.empty);
    }
    const key = fold(text);
    const code = lookup.get(key);
    if (code !== undefined) return ok(code);
    const near = closest(key, candidates).map((c) => shown.get(c) ?? c);
    const hint = near.length > 0 ? `did you mean ${listOr(near)}?` : column.expected;
    return fail(
      `${column.kind}.unknown`,
      `unknown ${column.noun} ${showCell(text, 'code', near.length > 0)} (${hint})`,
    );
  };
}

/** `F`/`female`/`S`/`sieviete` → female, `M`/`male`/`V`/`vīrietis` → male, empty → unknown. */
export const parseGender = codedParser<Gender, Gender>({
  kind: 'gender',
  noun: 'gender',
  forms: { female: ['sieviete', 'F', 'S'], male: ['vīrietis', 'M', 'V'] },
  empty: 'unknown',
  expected: 'expected F, female, S, sieviete, M, male, V, vīrietis or empty',
});

/** `asylum_seeker` (PM), `refugee` (BS), `alternative` (AS); required. */
export const parseLegalStatus = codedParser<LegalStatus>({
  kind: 'legal_status',
  noun: 'legal status',
  forms: {
    asylum_seeker: ['patvēruma meklētājs', 'PM'],
    refugee: ['bēglis', 'bēgļa statuss', 'BS'],
    alternative: ['alternatīvais statuss', 'AS', 'subsidiary protection', 'alternative status'],
  },
  expected: 'expected asylum_seeker (PM), refugee (BS) or alternative (AS)',
});

/** `relocation` or `independent`; empty → unknown. */
export const parseArrival = codedParser<Arrival>({
  kind: 'arrival',
  noun: 'arrival',
  forms: {
    relocation: ['pārvietots', 'ES pārvietošanas programma'],
    independent: ['patstāvīgi'],
  },
  empty: 'unknown',
  expected: 'expected relocation (pārvietots), independent (patstāvīgi) or empty',
});

/** `social_worker` (SD) or `mentor` (SM); required. */
export const parseStaffRole = codedParser<StaffRole>({
  kind: 'staff_role',
  noun: 'staff role',
  forms: {
    social_worker: ['sociālais darbinieks', 'SD'],
    mentor: ['sociālais mentors', 'SM'],
  },
  expected: 'expected social_worker (SD) or mentor (SM)',
});

/** A label's head before its first comma or parenthesis: `veselības aprūpe`. */
function shortLabel(label: string): string {
  return label.split(/[,(]/)[0]?.trim() ?? label;
}

/** A service category: code, full Latvian label or the label's head; required. */
export const parseService = codedParser<ServiceCode>({
  kind: 'service',
  noun: 'service',
  forms: Object.fromEntries(
    SERVICES.map((code) => {
      const label = SERVICE_LABELS[code];
      return [code, [...new Set([shortLabel(label), label])]];
    }),
  ),
  expected: 'expected a service code such as healthcare, or its Latvian label',
});

/** A closure reason; empty → null (the contact does not close the case). */
export const parseClosureReason = codedParser<ClosureReason, ClosureReason | null>({
  kind: 'case_closed_reason',
  noun: 'closure reason',
  forms: {
    left_country: ['izbrauca no valsts'],
    returned: ['atgriezies mītnes zemē'],
    refused_cooperation: ['atteicās sadarboties'],
    plan_completed: ['plāns izpildīts'],
    term_expired: ['beidzies termiņš'],
    other: ['cits'],
  },
  empty: null,
  expected:
    'expected left_country, returned, refused_cooperation, plan_completed, term_expired, other or empty',
});
