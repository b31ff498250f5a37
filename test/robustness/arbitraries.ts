/**
 * fast-check arbitraries for hostile exports: random bytes, generated CSV
 * with odd headers, quoting, delimiters, encodings and huge fields, and
 * random mutations of the project's valid fixtures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ROOT } from '../helpers/run-cli.js';

const CP1257: Record<string, number> = {
  Ā: 0xc2, Ē: 0xc7, Č: 0xc8, Ģ: 0xcc, Ķ: 0xcd, Ī: 0xce, Ļ: 0xcf, Š: 0xd0, Ņ: 0xd2, Ū: 0xdb,
  Ž: 0xde, ā: 0xe2, ē: 0xe7, č: 0xe8, ģ: 0xec, ķ: 0xed, ī: 0xee, ļ: 0xef, š: 0xf0, ņ: 0xf2,
  ū: 0xfb, ž: 0xfe,
}; // prettier-ignore

/** Text → Windows-1257 bytes (ASCII and Latvian letters; anything else becomes `?`). */
export function encodeCp1257(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    bytes.push(code < 0x80 ? code : (CP1257[char] ?? 0x3f));
  }
  return Buffer.from(bytes);
}

/** Fixture bytes, as shipped (the Latvian sample is Windows-1257 with CRLF). */
export function fixture(path: string): Buffer {
  return readFileSync(join(ROOT, path));
}

/** The first `lines` lines of a fixture, line endings kept. */
function head(path: string, lines: number): Buffer {
  const bytes = fixture(path);
  let end = 0;
  for (let seen = 0; seen < lines && end < bytes.length; end++) {
    if (bytes[end] === 0x0a) seen++;
  }
  return bytes.subarray(0, end);
}

/** Valid exports to mutate: every style the project ships. */
export const VALID_BASES: readonly Buffer[] = [
  fixture('fixtures/report/small.csv'),
  head('fixtures/sample/2021-07-12-contacts.csv', 25),
  head('fixtures/sample/2021-01-06-kontakti.csv', 25),
  fixture('fixtures/ingest/aliases.csv'),
  fixture('fixtures/ingest/quoted-newlines.csv'),
  fixture('fixtures/ingest/tab.csv'),
  fixture('fixtures/ingest/bom.csv'),
];

/** Bytes that matter to a CSV reader or a decoder. */
const NASTY_BYTES = [
  0x22, 0x3b, 0x2c, 0x09, 0x0a, 0x0d, 0x20, 0x00, 0xe2, 0xc4, 0x81, 0x80, 0xbf, 0xef, 0xff, 0xfe,
];

/** Byte strings worth inserting: quotes, delimiters, breaks, BOMs, stray encodings, a huge run. */
const NASTY_INSERTS: readonly Buffer[] = [
  '"',
  '""',
  '"""',
  ';',
  ',',
  '\t',
  '\r\n',
  '\n',
  '\r',
  ';;;;;;',
  '\uFEFF',
  'ā',
  'PMIC "Mucenieki"',
  '"a;b\nc"',
  '31.02.2021',
  '12/06/2021',
].map((text) => Buffer.from(text, 'utf8'));
const CP1257_INSERTS = [encodeCp1257('ā'), encodeCp1257('Rīga'), encodeCp1257('šķūņa')];
const HUGE_INSERT = Buffer.from('x'.repeat(50_000));

type Mutation =
  | { op: 'flip'; at: number; byte: number }
  | { op: 'insert'; at: number; bytes: Buffer }
  | { op: 'delete'; at: number; length: number }
  | { op: 'truncate'; at: number }
  | { op: 'dropLine' | 'duplicateLine'; line: number }
  | { op: 'swapLines'; line: number; other: number }
  | { op: 'shuffleCells' | 'dropCell' | 'duplicateCell'; line: number; seed: number };

const position = fc.nat({ max: 1_000_000 });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('flip' as const),
    at: position,
    byte: fc.oneof(fc.constantFrom(...NASTY_BYTES), fc.integer({ min: 0, max: 255 })),
  }),
  fc.record({
    op: fc.constant('insert' as const),
    at: position,
    bytes: fc.oneof(
      { arbitrary: fc.constantFrom(...NASTY_INSERTS), weight: 6 },
      { arbitrary: fc.constantFrom(...CP1257_INSERTS), weight: 2 },
      { arbitrary: fc.constant(HUGE_INSERT), weight: 1 },
    ),
  }),
  fc.record({
    op: fc.constant('delete' as const),
    at: position,
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({ op: fc.constant('truncate' as const), at: position }),
  fc.record({ op: fc.constantFrom('dropLine' as const, 'duplicateLine' as const), line: position }),
  fc.record({ op: fc.constant('swapLines' as const), line: position, other: position }),
  fc.record({
    op: fc.constantFrom('shuffleCells' as const, 'dropCell' as const, 'duplicateCell' as const),
    line: position,
    seed: fc.nat(),
  }),
);

/** Splits on LF keeping it, so that joining gives the bytes back. */
function lines(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      out.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) out.push(bytes.subarray(start));
  return out;
}

/** Shuffles in place, deterministically from the seed. */
function shuffle<T>(items: T[], seed: number): T[] {
  let state = seed;
  for (let j = items.length - 1; j > 0; j--) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    const k = state % (j + 1);
    [items[j], items[k]] = [items[k]!, items[j]!];
  }
  return items;
}

/** Cells of one line split on any delimiter byte (naively: the point is to break things). */
function mutateCells(line: Buffer, op: Mutation['op'], seed: number): Buffer {
  const text = line.toString('latin1');
  const ending = /\r?\n$/.exec(text)?.[0] ?? '';
  const body = text.slice(0, text.length - ending.length);
  const delimiter = [';', ',', '\t'].find((d) => body.includes(d)) ?? ';';
  const cells = body.split(delimiter);
  const i = seed % cells.length;
  if (op === 'dropCell') cells.splice(i, 1);
  else if (op === 'duplicateCell') cells.splice(i, 0, cells[i]!);
  else shuffle(cells, seed); // a header or row with its columns reordered
  return Buffer.from(cells.join(delimiter) + ending, 'latin1');
}

/** Applies one mutation to a file's bytes. */
export function applyMutation(bytes: Buffer, m: Mutation): Buffer {
  const at = (n: number) => (bytes.length === 0 ? 0 : n % (bytes.length + 1));
  switch (m.op) {
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const copy = Buffer.from(bytes);
      copy[m.at % bytes.length] = m.byte;
      return copy;
    }
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at(m.at)), m.bytes, bytes.subarray(at(m.at))]);
    case 'delete':
      return Buffer.concat([bytes.subarray(0, at(m.at)), bytes.subarray(at(m.at) + m.length)]);
    case 'truncate':
      return bytes.subarray(0, at(m.at));
  }
  const all = lines(bytes);
  if (all.length === 0) return bytes;
  const i = m.line % all.length;
  switch (m.op) {
    case 'dropLine':
      all.splice(i, 1);
      break;
    case 'duplicateLine':
      all.splice(i, 0, all[i]!);
      break;
    case 'swapLines': {
      const j = m.other % all.length;
      [all[i], all[j]] = [all[j]!, all[i]!];
      break;
    }
    default:
      all[i] = mutateCells(all[i]!, m.op, m.seed);
  }
  return Buffer.concat(all);
}

/** A valid export with 1–6 random mutations. */
export const mutatedExport: fc.Arbitrary<Buffer> = fc
  .tuple(fc.constantFrom(...VALID_BASES), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([base, mutations]) => mutations.reduce(applyMutation, base));

// Generated CSV: a header from the known names and aliases (plus strangers), rows of cells
// from valid values and junk, any delimiter and line ending, either encoding or both.

const HEADER_NAMES = [
  'date', 'kontakta_datums', 'Datums', 'client_id', 'Klienta ID', 'family_id', 'ģimenes_id',
  'gender', 'DZIMUMS', 'birth_date', 'dzimšanas_datums', 'citizenship', 'pilsonība', 'legal_status',
  'statuss', 'arrival', 'arrival_date', 'status_date', 'location', 'dzīvesvieta', 'staff_id',
  'staff_role', 'loma', 'service', 'pakalpojums', 'case_closed_reason', 'duration_min',
  'contact_id', 'Piezīmes', 'telefons', '', ' ', 'date ', '"date"', 'dat e', '#', '\uFEFFdate',
]; // prettier-ignore

const REQUIRED = [
  'date', 'client_id', 'gender', 'birth_date', 'citizenship', 'legal_status', 'staff_role', 'service',
]; // prettier-ignore

const CELLS = [
  '', ' ', '2021-06-01', '01.06.2021', '1.6.2021.', '31.02.2021', '06/01/2021', '0000-00-00',
  '9999-99-99', '1985', '-1', 'K-1', 'K-2', 'G-1', 'F', 'M', 'sieviete', 'vīrietis', 'X', 'IQ', 'IRQ',
  'Irāka', 'Irakk', 'XX', 'stateless', 'PM', 'BS', 'AS', 'asylum_seeker', 'SD', 'SM', 'mentor',
  'housing', 'pamatvajadzību apzināšana un nodrošināšana', 'left_country', '45', '0', '1441', '1e3',
  'NaN', 'PMIC "Mucenieki"', '"', '""', '"a', 'a"b', ';', ',', '\t', '\n', '\r\n',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', '=SUM(A1)', '\uFEFF', '\u202E', '😀',
  'dokumentu kārtošana, dzīvesvietas deklarēšana, konta atvēršana',
]; // prettier-ignore

const junk: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...CELLS), weight: 20 },
  { arbitrary: fc.string({ maxLength: 20 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 10 }), weight: 1 },
  { arbitrary: fc.integer({ min: 1000, max: 200_000 }).map((n) => 'ā'.repeat(n)), weight: 1 },
);

/** Valid values per header name, so that generated rows get past validation now and then. */
const VALID: Record<string, readonly string[]> = {
  date: ['2021-06-01', '01.06.2021', '1.6.2021.', '30.06.2021'],
  client_id: ['K-1', 'K-2', 'K-3'],
  family_id: ['', 'G-1'],
  gender: ['F', 'M', '', 'sieviete', 'vīrietis'],
  birth_date: ['1985', '', '30.06.2003'],
  citizenship: ['IQ', 'IRQ', 'Irāka', '', 'stateless', 'Afganistāna'],
  legal_status: ['PM', 'BS', 'AS', 'asylum_seeker'],
  arrival: ['', 'relocation', 'patstāvīgi'],
  arrival_date: ['', '2021-01-01'],
  status_date: ['', '2021-02-01'],
  location: ['Rīga', 'PMIC "Mucenieki"', ''],
  staff_id: ['S1', 'M1', ''],
  staff_role: ['SD', 'SM', 'mentor'],
  service: ['housing', 'legal', 'pamatvajadzību apzināšana un nodrošināšana'],
  case_closed_reason: ['', 'left_country'],
  duration_min: ['', '45'],
  contact_id: ['', 'C-1', 'C-2'],
};
const ALIAS: Record<string, string> = {
  kontakta_datums: 'date', Datums: 'date', 'Klienta ID': 'client_id', ģimenes_id: 'family_id',
  DZIMUMS: 'gender', dzimšanas_datums: 'birth_date', pilsonība: 'citizenship',
  statuss: 'legal_status', dzīvesvieta: 'location', loma: 'staff_role', pakalpojums: 'service',
}; // prettier-ignore

/** A cell for the column a header name stands for: mostly valid, sometimes junk. */
function cellFor(name: string): fc.Arbitrary<string> {
  const valid = VALID[ALIAS[name] ?? name];
  if (valid === undefined) return junk;
  return fc.oneof(
    { arbitrary: fc.constantFrom(...valid), weight: 12 },
    { arbitrary: junk, weight: 1 },
  );
}

/** A row under `header`: usually one cell per column, sometimes one short or a few long. */
function rowFor(header: readonly string[]): fc.Arbitrary<string[]> {
  return fc
    .tuple(
      fc.tuple(...header.map(cellFor)),
      fc.oneof({ arbitrary: fc.constant(0), weight: 8 }, fc.integer({ min: -2, max: 2 })),
      junk,
    )
    .map(([cells, change, extra]) =>
      change >= 0 ? [...cells, ...Array<string>(change).fill(extra)] : cells.slice(0, change),
    );
}

export interface GeneratedCsv {
  header: string[];
  rows: string[][];
  delimiter: string;
  /** Delimiter used for the rows when it differs from the header's (a wrong-delimiter file). */
  rowDelimiter: string;
  lineEnd: string;
  quoteAll: boolean;
  encoding: 'utf-8' | 'windows-1257' | 'mixed' | 'bom';
}

const OPTIONAL = ['family_id', 'arrival', 'arrival_date', 'status_date', 'location', 'staff_id',
  'case_closed_reason', 'duration_min', 'contact_id', 'Piezīmes', 'telefons']; // prettier-ignore

const headerArb: fc.Arbitrary<string[]> = fc.oneof(
  // The required columns and some optional ones, in any order, maybe one named twice.
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.shuffledSubarray(OPTIONAL, { maxLength: OPTIONAL.length }),
        fc.oneof({ arbitrary: fc.constant(null), weight: 8 }, fc.constantFrom(...HEADER_NAMES)),
        fc.nat(),
        fc.boolean(),
      )
      .map(([extra, additional, seed, aliases]) => {
        const names = [...REQUIRED, ...extra].map((name) =>
          aliases ? (Object.entries(ALIAS).find(([, c]) => c === name)?.[0] ?? name) : name,
        );
        if (additional !== null) names.push(additional);
        return shuffle(names, seed);
      }),
  },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom(...HEADER_NAMES), { minLength: 1, maxLength: 20 }),
  },
  { weight: 1, arbitrary: fc.array(junk, { minLength: 1, maxLength: 5 }) },
);

export const generatedCsv: fc.Arbitrary<GeneratedCsv> = headerArb.chain((header) =>
  fc.record({
    header: fc.constant(header),
    rows: fc.array(rowFor(header), { maxLength: 12 }),
    delimiter: fc.constantFrom(';', ';', ',', ',', '\t', '|'),
    rowDelimiter: fc.constantFrom(';', ',', '\t'),
    lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
    quoteAll: fc.boolean(),
    encoding: fc.constantFrom(
      'utf-8' as const,
      'windows-1257' as const,
      'mixed' as const,
      'bom' as const,
    ),
  }),
);

/** Joins cells as a careless exporter would: quotes only when asked, sometimes. */
function joinLine(cells: string[], delimiter: string, quoteAll: boolean): string {
  return cells.map((c) => (quoteAll ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter);
}

/** The bytes of a generated CSV. */
export function renderCsv(csv: GeneratedCsv): Buffer {
  const headerLine = joinLine(csv.header, csv.delimiter, csv.quoteAll);
  // Every fifth row, if any, uses the other delimiter: a file pasted together from two exports.
  const rowLines = csv.rows.map((row, i) =>
    joinLine(row, i % 5 === 4 ? csv.rowDelimiter : csv.delimiter, csv.quoteAll),
  );
  const text = [headerLine, ...rowLines].join(csv.lineEnd) + csv.lineEnd;
  switch (csv.encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'bom':
      return Buffer.from(`\uFEFF${text}`, 'utf8');
    case 'windows-1257':
      return encodeCp1257(text);
    case 'mixed': {
      // A UTF-8 file in which one line was pasted from a Windows-1257 one.
      const [first, ...rest] = rowLines;
      return Buffer.concat([
        Buffer.from(headerLine + csv.lineEnd, 'utf8'),
        encodeCp1257((first ?? '') + csv.lineEnd),
        Buffer.from(rest.map((line) => line + csv.lineEnd).join(''), 'utf8'),
      ]);
    }
  }
}

/** Random bytes, sometimes behind a valid header line. */
export const randomBytes: fc.Arbitrary<Buffer> = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }).map((b) => Buffer.from(b)),
  fc
    .uint8Array({ maxLength: 4096 })
    .map((b) => Buffer.concat([Buffer.from(`${REQUIRED.join(';')}\n`), Buffer.from(b)])),
  fc
    .string({ unit: 'binary', maxLength: 500 })
    .map((s) => Buffer.from(`${REQUIRED.join(',')}\r\n${s}`, 'utf8')),
);

// Exports carrying planted personal data: without their header line, under a title row, or with
// free text in coded columns, the first cell a date in any of the forms spreadsheets write.

const MONTHS_EN = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const MONTHS_LV = ['janvāris', 'februāris', 'marts', 'aprīlis', 'maijs', 'jūnijs', 'jūlijs',
  'augusts', 'septembris', 'oktobris', 'novembris', 'decembris']; // prettier-ignore
const pad2 = (n: number) => String(n).padStart(2, '0');

const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December']; // prettier-ignore
const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

/**
 * A day written the ways exports write it: ISO, Latvian, Excel's d-mmm-yy, day numbers
 * (whole or with a time as a fraction), 20210701, US and British forms, with or without
 * a time, long forms with the weekday, Latvian month names.
 */
export const anyDateText: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 2015, max: 2024 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.nat({ max: 21 }),
  )
  .map(([y, m, d, form]) => {
    const mon = MONTHS_EN[m - 1]!;
    const yy = String(y).slice(2);
    const serial = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
    switch (form) {
      case 0: return `${y}-${pad2(m)}-${pad2(d)}`;
      case 1: return `${pad2(d)}.${pad2(m)}.${y}`;
      case 2: return `${d}-${mon}-${yy}`;
      case 3: return String(serial);
      case 4: return `${y}${pad2(m)}${pad2(d)}`;
      case 5: return `${mon} ${d}, ${y}`;
      case 6: return `${d}. ${MONTHS_LV[m - 1]} ${y}`;
      case 7: return `${m}/${d}/${yy}`;
      case 8: return `${d}.${m}.${y}.`;
      case 9: return `${d}-${mon}-${y}`;
      case 10: return `${pad2(d)}-${mon}-${y}`;
      case 11: return `${y}.${pad2(m)}.${pad2(d)}`;
      case 12: return `${m}/${d}/${y} 0:00`;
      case 13: return `${pad2(d)}/${pad2(m)}/${y} 00:00:00`;
      case 14: return `${y}-${pad2(m)}-${pad2(d)}T00:00:00`;
      case 15: return `${d}.${m}.${y} 12:00`;
      case 16: return `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}, ${MONTHS_LONG[m - 1]} ${d}, ${y}`;
      case 17: return `${d} ${MONTHS_LONG[m - 1]} ${y}`;
      case 18: return `${pad2(d)}-${pad2(m)}-${yy}`;
      case 19: return `${y}/${m}/${d}`;
      case 20: return `${serial}.5`;
      default: return `${y}. gada ${d}. ${MONTHS_LV[m - 1]}`;
    }
  }); // prettier-ignore

const FIRST_NAMES = ['Anna', 'Jānis', 'Ilze', 'Ģirts', 'Līga', 'Oskars', 'Žanete', 'Mārtiņš'];
const LAST_NAMES = ['Bērziņa', 'Kalniņš', 'Ozoliņa', 'Ūdris', 'Ķēniņa', 'Zālīte', 'Šmits'];

/** One invented person's data: a full name, a phone number, a personal code and an e-mail. */
const person = fc
  .tuple(
    fc.constantFrom(...FIRST_NAMES),
    fc.constantFrom(...LAST_NAMES),
    fc.integer({ min: 2_000_000, max: 2_999_999 }),
    fc.integer({ min: 10_000, max: 99_999 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([first, last, phone, serial, day]) => ({
    name: `${first} ${last}`,
    phone: `+371 2${phone}`,
    code: `${pad2(day)}0190-${serial}`,
    email: `${fold(first)}.${fold(last)}@example.lv`,
  }));

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface PlantedExport {
  bytes: Buffer;
  /** Every planted datum: none may appear in any message or output. */
  secrets: string[];
}

const PLANTED_HEADER = ['date', 'client_id', 'family_id', 'gender', 'birth_date', 'citizenship',
  'legal_status', 'staff_role', 'service', 'case_closed_reason', 'duration_min', 'Piezīmes']; // prettier-ignore

/**
 * An export with personal data planted in ids, notes and coded columns: its
 * header line missing, a title row above it naming a person, or in place.
 */
export const plantedExport: fc.Arbitrary<PlantedExport> = fc
  .record({
    layout: fc.constantFrom('no header', 'no header', 'title row', 'header'),
    delimiter: fc.constantFrom(';', ',', '\t'),
    lineEnd: fc.constantFrom('\n', '\r\n'),
    rows: fc.array(
      fc.record({
        date: anyDateText,
        person: person,
        client: fc.integer({ min: 1, max: 99_999 }).map((n) => `K-${String(n).padStart(5, '0')}`),
        // Which cells carry a datum instead of a value: a bit per column.
        planted: fc.nat({ max: 2 ** 8 - 1 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ layout, delimiter, lineEnd, rows }) => {
    const secrets: string[] = [];
    const cell = (text: string) =>
      text.includes(delimiter) || text.includes('"') ? `"${text.replace(/"/g, '""')}"` : text;
    const lines = rows.map(({ date, person: p, client, planted }) => {
      secrets.push(p.name, p.phone, p.code, p.email, client);
      const pick = (bit: number, value: string, datum: string) =>
        planted & (1 << bit) ? datum : value;
      return [
        pick(0, date, p.code),
        client,
        pick(1, '', p.name),
        pick(2, 'F', p.name),
        pick(3, '1990', p.phone),
        pick(4, 'IQ', p.email),
        pick(5, 'PM', `${p.name}, ${p.phone}`),
        'SD',
        pick(6, 'housing', `zvanīja ${p.name} ${p.phone}`),
        pick(7, '', p.email),
        pick(3, '45', p.phone),
        `${p.name}, tālr. ${p.phone}, p.k. ${p.code}, ${p.email}`,
      ]
        .map(cell)
        .join(delimiter);
    });
    const author = rows[0]!.person.name;
    const head =
      layout === 'header'
        ? [PLANTED_HEADER.join(delimiter)]
        : layout === 'title row'
          ? [cell(`Kontakti, sagatavoja ${author}`), PLANTED_HEADER.join(delimiter)]
          : [];
    return { bytes: Buffer.from([...head, ...lines].join(lineEnd) + lineEnd, 'utf8'), secrets };
  });

// Latvian UTF-8 exports with bytes that are not UTF-8 planted in one cell.

const LATVIAN_HEADER = ['datums', 'klienta_id', 'dzimums', 'dzimšanas_datums', 'pilsonība',
  'statuss', 'loma', 'pakalpojums', 'dzīvesvieta', 'piezīmes']; // prettier-ignore
const LATVIAN_ROW = ['03.07.2021', 'K-1', 'sieviete', '1990', 'Irāka', 'bēglis',
  'sociālais mentors', 'veselības aprūpe', 'Rīga', 'zvanīja ģimenei']; // prettier-ignore
const LOCATIONS_LV = ['Rīga', 'Jūrmala', 'Daugavpils', 'Cēsis', 'Ķekava', 'Liepāja'];
/** Byte runs that are not UTF-8 wherever they stand. */
const NOT_UTF8: readonly number[][] = [
  [0x80],
  [0xbf],
  [0xfe],
  [0xff],
  [0xfb],
  [0xe2, 0x28],
  [0xc4],
];

export interface BadByteExport {
  bytes: Buffer;
  /** Where the bytes were planted: physical line and the (canonical) column read there. */
  line: number;
  column: string;
}

const CANONICAL = ['date', 'client_id', 'gender', 'birth_date', 'citizenship', 'legal_status',
  'staff_role', 'service', 'location', null]; // prettier-ignore

/** A Latvian UTF-8 export, 1–30 rows, with bytes that are not UTF-8 inside one read cell. */
export const badByteExport: fc.Arbitrary<BadByteExport> = fc
  .record({
    rows: fc.array(fc.constantFrom(...LOCATIONS_LV), { minLength: 1, maxLength: 30 }),
    row: fc.nat(),
    column: fc.integer({ min: 2, max: 8 }), // ids are read as they are: plant in coded columns and location
    offset: fc.nat(),
    bad: fc.constantFrom(...NOT_UTF8),
    lineEnd: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ rows, row, column, offset, bad, lineEnd }) => {
    const target = row % rows.length;
    const lines = rows.map((place, i) => {
      const cells = [...LATVIAN_ROW];
      cells[1] = `K-${i}`;
      cells[8] = place;
      return cells;
    });
    const parts: Buffer[] = [Buffer.from(LATVIAN_HEADER.join(';') + lineEnd)];
    lines.forEach((cells, i) => {
      if (i !== target) {
        parts.push(Buffer.from(cells.join(';') + lineEnd));
        return;
      }
      const cell = [...cells[column]!];
      const at = offset % (cell.length + 1);
      parts.push(
        Buffer.from([...cells.slice(0, column), ''].join(';')),
        Buffer.from(cell.slice(0, at).join('')),
        Buffer.from(bad),
        Buffer.from(cell.slice(at).join('')),
        Buffer.from(['', ...cells.slice(column + 1)].join(';') + lineEnd),
      );
    });
    return { bytes: Buffer.concat(parts), line: target + 2, column: CANONICAL[column]! };
  });

// Exports whose first line is not their header: no header line at all, or one or two title
// rows (with cells of their own) above the data or above the header. Every cell is recorded:
// whatever the message says about the line read as a header, none of them may be in it.

const SERVICES = ['housing', 'legal', 'healthcare', 'veselības aprūpe', 'dokumentu kārtošana'];
const HEADERLESS_HEADER = ['date', 'client_id', 'family_id', 'gender', 'birth_date', 'citizenship',
  'legal_status', 'staff_role', 'service', 'location', 'E-pasts', 'Piezīmes']; // prettier-ignore
const COUNTRIES = ['IQ', 'AF', 'SY', 'Irāka', 'Afganistāna', 'Sīrija'];

export interface HeaderlessExport {
  bytes: Buffer;
  layout: string;
  /** Every cell of the file's data rows and title rows, as written. */
  cells: string[];
  /** The personal data among them: names, phones, personal codes, e-mails, ids. */
  secrets: string[];
}

export const headerlessExport: fc.Arbitrary<HeaderlessExport> = fc
  .record({
    layout: fc.constantFrom(
      'no header',
      'a title row, no header',
      'two title rows, no header',
      'a title row above the header',
      'a title row of several cells above the header',
    ),
    delimiter: fc.constantFrom(';', ',', '\t'),
    lineEnd: fc.constantFrom('\n', '\r\n'),
    quoteAll: fc.boolean(),
    author: person,
    exported: anyDateText,
    rows: fc.array(
      fc.record({
        date: anyDateText,
        person: person,
        client: fc.integer({ min: 1, max: 99_999 }).map((n) => `K-${String(n).padStart(5, '0')}`),
        family: fc.integer({ min: 1, max: 999 }).map((n) => `G-${n}`),
        gender: fc.constantFrom('F', 'M', 'sieviete', 'vīrietis', ''),
        born: fc.integer({ min: 1940, max: 2015 }).map(String),
        country: fc.constantFrom(...COUNTRIES),
        service: fc.constantFrom(...SERVICES),
        place: fc.constantFrom(...LOCATIONS_LV),
      }),
      { minLength: 1, maxLength: 8 },
    ),
  })
  .map(({ layout, delimiter, lineEnd, quoteAll, author, exported, rows }) => {
    const cell = (text: string) =>
      quoteAll || text.includes(delimiter) || text.includes('"')
        ? `"${text.replace(/"/g, '""')}"`
        : text;
    const line = (cells: string[]) => cells.map(cell).join(delimiter);
    const cells: string[] = [];
    const secrets: string[] = [author.name, author.phone, author.email];
    const dataLines = rows.map((r) => {
      const note = `${r.person.name}, tālr. ${r.person.phone}, p.k. ${r.person.code}`;
      const row = [r.date, r.client, r.family, r.gender, r.born, r.country, 'PM', 'SD', r.service,
        r.place, r.person.email, note]; // prettier-ignore
      cells.push(...row);
      secrets.push(
        r.client,
        r.family,
        r.person.name,
        r.person.phone,
        r.person.code,
        r.person.email,
      );
      return line(row);
    });
    const title = [`Klientu kontakti, sagatavoja ${author.name}`];
    const wideTitle = ['Klientu kontakti', exported, author.name, author.phone];
    const subtitle = [`Eksportēts ${exported}, ${author.email}`];
    const head: string[][] = {
      'no header': [],
      'a title row, no header': [title],
      'two title rows, no header': [title, subtitle],
      'a title row above the header': [title, HEADERLESS_HEADER],
      'a title row of several cells above the header': [wideTitle, HEADERLESS_HEADER],
    }[layout]!;
    for (const titleRow of head) if (titleRow !== HEADERLESS_HEADER) cells.push(...titleRow);
    const text = [...head.map(line), ...dataLines].join(lineEnd) + lineEnd;
    return { bytes: Buffer.from(text, 'utf8'), layout, cells, secrets };
  });
