/**
 * The coded values of the input contract (docs/input-format.md).
 * Every stage refers to these lists, so a category is added in one place.
 */

export const GENDERS = ['female', 'male', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

export const LEGAL_STATUSES = ['asylum_seeker', 'refugee', 'alternative'] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

export const ARRIVALS = ['relocation', 'independent', 'unknown'] as const;
export type Arrival = (typeof ARRIVALS)[number];

export const STAFF_ROLES = ['social_worker', 'mentor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const SERVICES = [
  'basic_needs',
  'humanitarian_aid',
  'language_course',
  'integration_course',
  'education',
  'healthcare',
  'employment',
  'housing',
  'documents',
  'institutions',
  'legal',
  'psychosocial',
  'daily_skills',
  'culture',
  'other',
] as const;
export type ServiceCode = (typeof SERVICES)[number];

/**
 * The Latvian labels of the service categories (docs/input-format.md, "Service
 * categories"): the parser accepts them, the report prints them, synthetic
 * exports write them.
 */
export const SERVICE_LABELS: Record<ServiceCode, string> = {
  basic_needs: 'pamatvajadzību apzināšana un nodrošināšana',
  humanitarian_aid: 'humānā palīdzība (apģērbs, apavi, sadzīves priekšmeti)',
  language_course: 'latviešu valodas apguve',
  integration_course: 'integrācijas programmas',
  education: 'bērnu iekārtošana skolā vai pirmsskolas izglītības iestādē',
  healthcare: 'veselības aprūpe, pavadīšana uz ārstniecības iestādēm',
  employment: 'nodarbinātība (NVA reģistrācija, darba devēju apmeklēšana)',
  housing: 'mājokļa meklēšana',
  documents: 'dokumentu kārtošana, dzīvesvietas deklarēšana, konta atvēršana',
  institutions: 'saziņa ar iestādēm, interešu pārstāvēšana',
  legal: 'lēmumu pārsūdzība, jurista konsultācijas',
  psychosocial: 'psihoemocionāls atbalsts, krīzes pārvarēšana',
  daily_skills: 'sadzīves prasmju apguve, ikdienas situāciju risināšana',
  culture: 'kultūras un integrācijas pasākumi',
  other: 'cits atbalsts',
};

export const CLOSURE_REASONS = [
  'left_country',
  'returned',
  'refused_cooperation',
  'plan_completed',
  'term_expired',
  'other',
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** Citizenship: an ISO 3166-1 alpha-2 code, or one of these two. */
export const STATELESS = 'stateless';
export const UNKNOWN_COUNTRY = 'unknown';

/** The canonical name of the accommodation centre, whatever the export's spelling. */
export const MUCENIEKI = 'PMIC "Mucenieki"';

/** Eurostat asylum-statistics age classes. */
export const AGE_BANDS = ['0-13', '14-17', '18-34', '35-64', '65+', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
