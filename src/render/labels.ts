import type { AgeBand, Arrival, ClosureReason, LegalStatus, ServiceCode } from '../model/codes.js';
import { PERIOD_PARTLY_COVERED } from '../model/statistics.js';

/**
 * Latvian labels of every coded value the PDF prints, in one place so that
 * wording is reviewed once (service labels: docs/input-format.md; the rest:
 * docs/latvian.md). No heavy imports here: narratives may use these too.
 */

/**
 * One name per service category, the same in the narrative, the chart and the
 * table (a reader must not wonder whether "Dokumenti" and "dokumentu
 * noformēšana" are one thing). Short enough for a chart axis; the input's
 * longer labels (model/codes.ts) stay what exports may contain.
 */
export const SERVICE_NAMES: Record<ServiceCode, string> = {
  basic_needs: 'pamatvajadzību nodrošināšana',
  humanitarian_aid: 'humānā palīdzība',
  language_course: 'latviešu valodas apguve',
  integration_course: 'integrācijas programmas',
  education: 'bērnu izglītība',
  healthcare: 'veselības aprūpe',
  employment: 'nodarbinātība',
  housing: 'mājokļa meklēšana',
  documents: 'dokumentu kārtošana',
  institutions: 'saziņa ar iestādēm',
  legal: 'juridiskais atbalsts',
  psychosocial: 'psihoemocionālais atbalsts',
  daily_skills: 'sadzīves prasmes',
  culture: 'kultūras pasākumi',
  other: 'cits atbalsts',
};

export const LEGAL_STATUS_LABELS: Record<LegalStatus, string> = {
  asylum_seeker: 'patvēruma meklētāji',
  refugee: 'personas ar bēgļa statusu',
  alternative: 'personas ar alternatīvo statusu',
};

export const ARRIVAL_LABELS: Record<Arrival, string> = {
  relocation: 'Eiropas Savienības pārvietošanas programma',
  independent: 'ieradušies patstāvīgi',
  unknown: 'nav zināms',
};

/**
 * One name per closure reason, the same in the narrative, the chart and the
 * table (as with services), in the terms of docs/latvian.md.
 */
export const CLOSURE_REASON_LABELS: Record<ClosureReason, string> = {
  left_country: 'patstāvīgi izbrauca no valsts',
  returned: 'atgriezušies vai atgriezti mītnes zemē',
  refused_cooperation: 'atteicās sadarboties',
  plan_completed: 'sociālekonomiskās iekļaušanas plāns izpildīts',
  term_expired: 'beidzies pakalpojuma saņemšanas termiņš',
  other: 'cits iemesls',
};

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  '0-13': '0–13 gadi',
  '14-17': '14–17 gadi',
  '18-34': '18–34 gadi',
  '35-64': '35–64 gadi',
  '65+': '65 gadi un vairāk',
  unknown: 'vecums nav zināms',
};

/** Age-group labels (women / men / children) of the social portrait. */
export const AGE_GROUP_LABELS = {
  women: 'sievietes (18+)',
  men: 'vīrieši (18+)',
  children: 'bērni (līdz 18)',
  adultsUnknownGender: 'pieaugušie, dzimums nav zināms',
  unknownAge: 'vecums nav zināms',
} as const;

/** Whose service window a contact fell outside. */
export const ELIGIBILITY_RULE_LABELS = {
  asylumSeeker: 'patvēruma meklētājs',
  statusHolder: 'bēgļa vai alternatīvais statuss',
} as const;

/** Data-quality warnings the ingest reports; the PDF never prints their codes. */
const WARNING_LABELS: Readonly<Record<string, string>> = {
  unknown_column: 'nezināma kolonna, tās vērtības neizmantotas',
  client_attribute_conflict: 'klienta dati dažādās rindās atšķiras, izmantoti jaunākie',
  [PERIOD_PARTLY_COVERED]: 'pārskata perioda dienas ārpus ievaddatu datumiem',
  location_not_a_place:
    'dzīvesvietas ailē nav vietas nosaukuma, dzīvesvieta uzskatīta par nezināmu',
  unprintable_characters:
    'dzīvesvietas nosaukumā rakstzīmes, ko šrifts nevar attēlot (to vietā „\uFFFD”)',
};

/** `unknown_column` → "Nezināma kolonna, tās vērtības neizmantotas"; a type without a label → "Cits brīdinājums". */
export function warningLabel(type: string): string {
  const label = Object.hasOwn(WARNING_LABELS, type) ? WARNING_LABELS[type] : undefined;
  return capitalise(label ?? 'cits brīdinājums');
}

/** Capitalises the first letter, for labels that start a table cell. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('lv') + text.slice(1);
}

/** What an invalid row's reason key (`citizenship.unknown`) names: the value… */
const INVALID_VALUE_NAMES: Readonly<Record<string, string>> = {
  date: 'datums',
  birth_date: 'dzimšanas datums',
  client_id: 'klienta identifikators',
  family_id: 'ģimenes identifikators',
  staff_id: 'darbinieka identifikators',
  contact_id: 'kontakta identifikators',
  gender: 'dzimums',
  citizenship: 'pilsonība',
  legal_status: 'statuss',
  arrival: 'ierašanās veids',
  staff_role: 'darbinieka loma',
  service: 'pakalpojums',
  case_closed_reason: 'slēgšanas iemesls',
  duration: 'ilgums',
  csv: 'CSV fails',
  row: 'rinda',
  encoding: 'teksta kodējums',
};

/** …and what is wrong with it. */
const INVALID_PROBLEMS: Readonly<Record<string, string>> = {
  empty: 'nav norādīts',
  unknown: 'nezināma vērtība',
  format: 'nepareizs formāts',
  ambiguous: 'neviennozīmīga vērtība',
  impossible: 'neiespējams datums',
  out_of_range: 'ārpus pieļaujamām robežām',
  invalid: 'nederīga vērtība',
  not_whole: 'nav vesels skaitlis',
  after_contact: 'vēlāks par kontakta datumu',
  syntax: 'sintakses kļūda',
  too_many_fields: 'vairāk lauku nekā galvenē',
  not_utf8: 'baiti, kas nav UTF-8',
  header_repeated: 'atkārtota galvenes rinda',
  excel_error: 'Excel kļūdas vērtība',
};

/** `citizenship.unknown` → "Pilsonība: nezināma vērtība"; the PDF never prints the key itself. */
export function invalidReasonLabel(reason: string): string {
  const [value = '', problem = ''] = reason.split('.');
  const name = Object.hasOwn(INVALID_VALUE_NAMES, value) ? INVALID_VALUE_NAMES[value] : undefined;
  const what = Object.hasOwn(INVALID_PROBLEMS, problem) ? INVALID_PROBLEMS[problem] : undefined;
  if (name === undefined) return 'Cits iemesls';
  return `${capitalise(name)}: ${what ?? 'nederīga vērtība'}`;
}
