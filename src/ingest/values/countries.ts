/**
 * Citizenship: ISO 3166-1 alpha-2 or alpha-3 codes, or a country's name in
 * Latvian or English (case, diacritics and punctuation optional). Names come
 * from CLDR (`Intl.DisplayNames`) and from i18n-iso-countries, which also
 * knows common aliases (`Russia`, `Ivory Coast`, `UK`).
 */
// The library without its entry point, which loads every one of its 80 languages.
import countries from 'i18n-iso-countries/index.js';
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import lvNames from 'i18n-iso-countries/langs/lv.json' with { type: 'json' };
import { STATELESS, UNKNOWN_COUNTRY } from '../../model/codes.js';
import { countryNameLv } from '../../lv/countries.js';
import { listOr } from '../normalize.js';
import { foldName } from '../../text.js';
import { fail, ok, type Parsed } from './result.js';
import { showCell } from './shown.js';
import { closest, type Candidate } from './suggest.js';

const STATELESS_FORMS = new Set(['stateless', 'bezvalstnieks', 'bezvalstniece', 'xx', 'xxa']);
/** Everyday Latvian names that neither source lists. */
const EXTRA_NAMES: Record<string, string[]> = { US: ['ASV'] };

interface Tables {
  alpha2: ReadonlySet<string>;
  alpha3: ReadonlyMap<string, string>;
  /** Folded name → the codes it names; more than one code means the name is ambiguous (`Congo`). */
  names: ReadonlyMap<string, readonly string[]>;
  candidates: readonly Candidate<string>[];
}

let tables: Tables | undefined;

const enDisplay = new Intl.DisplayNames('en', { type: 'region', fallback: 'code' });

function namesOf(code: string): string[] {
  const listed = (entry: string | string[] | undefined) =>
    entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
  const lv = lvNames.countries as Record<string, string | string[]>;
  const en = enNames.countries as Record<string, string | string[]>;
  const names = [
    countryNameLv(code),
    enDisplay.of(code) ?? code,
    ...listed(lv[code]),
    ...listed(en[code]),
    ...(EXTRA_NAMES[code] ?? []),
  ];
  // `Mjanma (Birma)` is also written `Mjanma`.
  return [...names, ...names.map((name) => name.replace(/\s*\(.*\)\s*/, ' ').trim())];
}

function build(): Tables {
  const alpha2 = new Set(Object.keys(countries.getAlpha2Codes()));
  const alpha3 = new Map(Object.entries(countries.getAlpha3Codes()));
  const names = new Map<string, string[]>();
  const candidates: Candidate<string>[] = [];
  for (const code of [...alpha2].sort()) {
    for (const key of new Set(namesOf(code).map(foldName))) {
      const codes = names.get(key) ?? [];
      if (!codes.includes(code)) codes.push(code);
      names.set(key, codes);
      candidates.push({ key, target: code });
    }
  }
  return { alpha2, alpha3, names, candidates };
}

function suggestion(codes: readonly string[]): string {
  return listOr(codes.map((code) => `${countryNameLv(code)} (${code})`));
}

/** A citizenship value: alpha-2 code, `stateless` or `unknown` (empty). */
export function parseCitizenship(raw: string): Parsed<string> {
  const text = raw.trim();
  if (text === '') return ok(UNKNOWN_COUNTRY);
  tables ??= build();
  const upper = text.toUpperCase();
  if (text.length === 2 && tables.alpha2.has(upper)) return ok(upper);
  const fromAlpha3 = text.length === 3 ? tables.alpha3.get(upper) : undefined;
  if (fromAlpha3 !== undefined) return ok(fromAlpha3);
  const key = foldName(text);
  if (STATELESS_FORMS.has(key)) return ok(STATELESS);
  const codes = tables.names.get(key);
  if (codes?.length === 1 && codes[0] !== undefined) return ok(codes[0]);
  if (codes !== undefined) {
    return fail(
      'citizenship.ambiguous',
      `ambiguous country ${showCell(text, 'code', true)} (did you mean ${suggestion(codes)}?)`,
    );
  }
  const near = closest(key, tables.candidates);
  const hint =
    near.length > 0
      ? `did you mean ${suggestion(near)}?`
      : 'expected an ISO code such as IQ or IRQ, a country name in Latvian or English, or stateless';
  return fail(
    'citizenship.unknown',
    `unknown country ${showCell(text, 'code', near.length > 0)} (${hint})`,
  );
}
