/**
 * How synthetic contacts are written: as Latvian Excel saves them
 * (Windows-1257, `;`, `DD.MM.YYYY`, Latvian headers and labels, CRLF) or as a
 * UTF-8 export with `,`, ISO dates, English headers and codes.
 */
// The library without its entry point, which loads every one of its 80 languages.
import countries from 'i18n-iso-countries/index.js';
import { TextDecoder } from 'node:util';
import { COLUMN_NAMES } from '../../src/ingest/columns.js';
import { SERVICE_LABELS } from '../../src/model/codes.js';
import type { SyntheticContact } from './contacts.js';
import { fromDayNumber as isoDay } from '../../src/calendar.js';

export type ExportStyle = 'excel' | 'utf8';
export const EXPORT_STYLES: readonly ExportStyle[] = ['excel', 'utf8'];

const LV = {
  gender: { female: 'sieviete', male: 'vīrietis', unknown: '' },
  status: {
    asylum_seeker: 'patvēruma meklētājs',
    refugee: 'bēgļa statuss',
    alternative: 'alternatīvais statuss',
  },
  arrival: { relocation: 'pārvietots', independent: 'patstāvīgi', unknown: '' },
  role: { social_worker: 'sociālais darbinieks', mentor: 'sociālais mentors' },
  service: SERVICE_LABELS,
  closure: {
    left_country: 'izbrauca no valsts',
    returned: 'atgriezies mītnes zemē',
    refused_cooperation: 'atteicās sadarboties',
    plan_completed: 'plāns izpildīts',
    term_expired: 'beidzies termiņš',
    other: 'cits',
  },
} as const;

const HEADERS: Record<ExportStyle, readonly string[]> = {
  excel: [
    'Kontakta datums',
    'Klienta ID',
    'Ģimenes ID',
    'Dzimums',
    'Dzimšanas datums',
    'Pilsonība',
    'Statuss',
    'Ierašanās veids',
    'Ierašanās datums',
    'Statusa datums',
    'Dzīvesvieta',
    'Darbinieks',
    'Loma',
    'Pakalpojums',
    'Slēgšanas iemesls',
    'Ilgums min',
    'Piezīmes',
  ],
  utf8: COLUMN_NAMES,
};

const NOTES = [
  '',
  '',
  '',
  '',
  '',
  '',
  'ar tulku',
  'atkārtota vizīte',
  'telefoniski',
  'kopā ar ģimeni',
];
const MUCENIEKI_SPELLINGS = ['PMIC "Mucenieki"', 'PMIC Mucenieki', 'Mucenieki'];
const lvNames = new Intl.DisplayNames('lv', { type: 'region' });
const enNames = new Intl.DisplayNames('en', { type: 'region' });

const lvDate = (day: number) => isoDay(day).split('-').reverse().join('.');
const other = <T>(value: T, a: T, b: T): T => (value === a ? b : a);

/** The fields of one row in the style's column order (the header's). */
export function formatRow(style: ExportStyle, c: SyntheticContact): string[] {
  const client = c.client;
  const excel = style === 'excel';
  const date = excel ? lvDate : isoDay;
  const gender = c.slip ? other(client.gender, 'female', 'male') : client.gender;
  const citizenship = c.slip && client.gender === 'unknown' ? 'IQ' : client.citizenship;
  const birth =
    client.birthDay === null
      ? ''
      : client.birthYearOnly
        ? isoDay(client.birthDay).slice(0, 4)
        : date(client.birthDay);
  const statusDay = c.legalStatus === 'asylum_seeker' ? null : (client.status?.day ?? null);
  const n = c.contactId.charCodeAt(c.contactId.length - 1); // varies the spelling row by row
  const row = [
    date(c.day),
    client.id,
    client.familyId ?? '',
    excel ? LV.gender[gender] : gender === 'unknown' ? '' : gender === 'female' ? 'F' : 'M',
    birth,
    excel ? countryLv(citizenship) : countryEn(citizenship, n),
    excel ? LV.status[c.legalStatus] : c.legalStatus,
    excel ? LV.arrival[client.arrival] : client.arrival === 'unknown' ? '' : client.arrival,
    date(client.arrivalDay),
    statusDay === null ? '' : date(statusDay),
    c.location ?? MUCENIEKI_SPELLINGS[n % (excel ? 3 : 1)]!,
    c.staffId,
    excel ? LV.role[c.staffRole] : c.staffRole,
    excel ? LV.service[c.service] : c.service,
    c.closureReason === null ? '' : excel ? LV.closure[c.closureReason] : c.closureReason,
    c.durationMin === null ? '' : String(c.durationMin),
  ];
  row.push(excel ? NOTES[n % NOTES.length]! : c.contactId);
  return row;
}

function countryLv(code: string): string {
  if (code === 'unknown') return '';
  if (code === 'stateless') return 'bezvalstnieks';
  return lvNames.of(code) ?? code;
}

/** UTF-8 exports mix alpha-2 codes, alpha-3 codes and English names, as registers do. */
function countryEn(code: string, n: number): string {
  if (code === 'unknown') return '';
  if (code === 'stateless') return 'stateless';
  if (n % 3 === 0) return enNames.of(code) ?? code;
  if (n % 3 === 1) return countries.alpha2ToAlpha3(code) ?? code;
  return code;
}

/** The header line's names. */
export function headerOf(style: ExportStyle): readonly string[] {
  return HEADERS[style];
}

/** A CSV line with RFC 4180 quoting and the style's delimiter and line ending. */
export function csvLine(style: ExportStyle, fields: readonly string[]): string {
  const delimiter = style === 'excel' ? ';' : ',';
  const quoted = fields.map((field) =>
    needsQuotes(field, delimiter) ? `"${field.replace(/"/g, '""')}"` : field,
  );
  return quoted.join(delimiter) + (style === 'excel' ? '\r\n' : '\n');
}

function needsQuotes(field: string, delimiter: string): boolean {
  return field.includes(delimiter) || field.includes('"') || /[\r\n]/.test(field);
}

let cp1257: Map<string, number> | undefined;

/** Encodes text as the style's file bytes: Windows-1257 for Excel, UTF-8 otherwise. */
export function encode(style: ExportStyle, text: string): Buffer {
  if (style === 'utf8') return Buffer.from(text, 'utf8');
  cp1257 ??= windows1257Table();
  const bytes = Buffer.allocUnsafe(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = cp1257.get(text[i]!);
    if (byte === undefined) throw new Error(`cannot write "${text[i]}" in Windows-1257`);
    bytes[i] = byte;
  }
  return bytes;
}

function windows1257Table(): Map<string, number> {
  const decoder = new TextDecoder('windows-1257');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) {
    const char = decoder.decode(Uint8Array.of(byte));
    if (char !== '\uFFFD' && !table.has(char)) table.set(char, byte);
  }
  return table;
}
