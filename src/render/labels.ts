import type { AgeBand, Arrival, ClosureReason, LegalStatus, ServiceCode } from '../model/codes.js';

/**
 * Latvian labels of every coded value the PDF prints, in one place so that
 * wording is reviewed once (service labels: docs/input-format.md; the rest:
 * docs/latvian.md). No heavy imports here: narratives may use these too.
 */

export { SERVICE_LABELS } from '../model/codes.js';

/** Short forms for chart axes, where the full label would not fit. */
export const SERVICE_SHORT_LABELS: Record<ServiceCode, string> = {
  basic_needs: 'pamatvajadzības',
  humanitarian_aid: 'humānā palīdzība',
  language_course: 'latviešu valoda',
  integration_course: 'integrācijas programmas',
  education: 'izglītība',
  healthcare: 'veselības aprūpe',
  employment: 'nodarbinātība',
  housing: 'mājoklis',
  documents: 'dokumenti',
  institutions: 'saziņa ar iestādēm',
  legal: 'juridiskais atbalsts',
  psychosocial: 'psihoemocionāls atbalsts',
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

export const CLOSURE_REASON_LABELS: Record<ClosureReason, string> = {
  left_country: 'patstāvīgi izbrauca no valsts',
  returned: 'atgriezušies vai atgriezti mītnes zemē',
  refused_cooperation: 'atteicās sadarboties',
  plan_completed: 'sociālekonomiskās iekļaušanas plāns izpildīts',
  term_expired: 'beidzies pakalpojuma saņemšanas termiņš',
  other: 'cits iemesls',
};

export const CLOSURE_REASON_SHORT_LABELS: Record<ClosureReason, string> = {
  left_country: 'izbrauca no valsts',
  returned: 'atgriezušies mītnes zemē',
  refused_cooperation: 'atteicās sadarboties',
  plan_completed: 'plāns izpildīts',
  term_expired: 'beidzies termiņš',
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

/** Data-quality warnings the ingest reports; an unknown type prints as its code. */
const WARNING_LABELS: Readonly<Record<string, string>> = {
  unknown_column: 'nezināma kolonna, tās vērtības neizmantotas',
  client_attribute_conflict: 'klienta dati dažādās rindās atšķiras, izmantoti jaunākie',
};

/** `unknown_column` → "nezināma kolonna, … (unknown_column)". */
export function warningLabel(type: string): string {
  const label = Object.hasOwn(WARNING_LABELS, type) ? WARNING_LABELS[type] : undefined;
  return label ? `${capitalise(label)} (${type})` : type;
}

/** Capitalises the first letter, for labels that start a table cell. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('lv') + text.slice(1);
}
