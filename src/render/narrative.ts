import type { Config } from '../config/schema.js';
import type { ServiceCode } from '../model/codes.js';
import type { Statistics } from '../model/statistics.js';
import { formatMonthLocative, formatMonthName } from '../lv/dates.js';
import { servicesByClients, topCountries } from './selections.js';
import { loadTemplates } from './templates.js';

/**
 * The report's narrative paragraphs: a plain context built from the
 * statistics, rendered through `templates/<lang>/<section>.hbs`. The wording
 * lives in the templates; this module only decides what figures they get.
 */

/** Section keys, in report order; each has a template of the same name. */
export const NARRATIVE_SECTIONS = [
  'summary',
  'monthly',
  'portrait',
  'countries',
  'status',
  'services',
  'closures',
  'locations',
  'staff',
  'billing',
  'quality',
] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];

/** Section → paragraphs separated by a blank line; "" when a section has nothing to say (billing without a rate). */
export type Narratives = Record<NarrativeSection, string>;

/** "Support in …" (locative phrases) for the services paragraph; the tables use their own labels. */
export const SERVICE_PHRASES: Record<ServiceCode, string> = {
  basic_needs: 'pamatvajadzību nodrošināšanā',
  humanitarian_aid: 'humānās palīdzības saņemšanā',
  language_course: 'latviešu valodas apguvē',
  integration_course: 'integrācijas programmu apmeklēšanā',
  education: 'bērnu izglītības jautājumos',
  healthcare: 'medicīniskās palīdzības saņemšanā',
  employment: 'darba meklēšanā',
  housing: 'dzīvesvietas atrašanā',
  documents: 'dokumentu noformēšanā',
  institutions: 'saziņā ar institūcijām',
  legal: 'juridiskos jautājumos',
  psychosocial: 'psihoemocionālo grūtību pārvarēšanā',
  daily_skills: 'ikdienas prasmju apgūšanā',
  culture: 'kultūras pasākumu apmeklēšanā',
  other: 'citos jautājumos',
};

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The plain data the templates see (documented in templates/README.md). */
export function narrativeContext(stats: Statistics, config: Config) {
  const years = new Set(stats.monthly.map((entry) => entry.month.slice(0, 4)));
  const { top, rest } = topCountries(stats, config.topCountries);
  const byCode = (code: string) => stats.countries.find((c) => c.code === code)?.clients ?? 0;
  // Most clients first; ties keep the input-contract order of the codes.
  const services = servicesByClients(stats).map((service) => ({
    ...service,
    phrase: SERVICE_PHRASES[service.code],
  }));
  const { ageGroups } = stats;
  const cumulativeFrom = stats.clients.cumulativeFrom;

  return {
    period: stats.period,
    organisation: config.organisation,
    clients: stats.clients,
    contacts: stats.contacts,
    monthly: stats.monthly.map((entry) => ({
      ...entry,
      // "oktobrī", or "2021. gada decembrī" when the period spans two years.
      inMonth:
        years.size > 1 ? formatMonthLocative(entry.month) : formatMonthName(entry.month, 'loc'),
    })),
    gender: stats.gender,
    ageGroups,
    averageAge: stats.averageAge,
    households: stats.households,
    countries: {
      count: stats.countryCount,
      top: top.map(({ name, clients }) => ({ name, clients })),
      others: { countries: rest.length, clients: sum(rest.map((c) => c.clients)) },
      stateless: byCode('stateless'),
      unknown: byCode('unknown'),
    },
    legalStatus: stats.legalStatus,
    arrival: stats.arrival,
    locations: stats.locations,
    services,
    closures: stats.closures,
    staff: stats.staff,
    billing: stats.billing,
    quality: {
      files: stats.dataQuality.files.length,
      rowsRead: stats.dataQuality.rowsRead,
      rowsValid: stats.dataQuality.rowsValid,
      rowsInvalid: stats.dataQuality.rowsInvalid.total,
      duplicatesRemoved: stats.dataQuality.duplicatesRemoved,
      warnings: sum(stats.dataQuality.warnings.map((w) => w.count)),
      eligibility: stats.eligibility,
    },
    /** Conditions templates cannot compute themselves (Handlebars has no arithmetic). */
    show: {
      monthBreakdown: stats.monthly.length > 1,
      cumulative:
        cumulativeFrom !== null &&
        cumulativeFrom < stats.period.from &&
        stats.clients.cumulative > 0,
      ageGroups:
        ageGroups.women + ageGroups.men + ageGroups.children + ageGroups.adultsUnknownGender > 0,
      singleCountry: top.length + rest.length === 1,
      allCountriesListed: rest.length === 0,
      services: services.length > 0,
      locations: stats.locations.length > 0,
    },
  };
}

export type NarrativeContext = ReturnType<typeof narrativeContext>;

/** Renders every section's paragraphs from the templates of `config.lang`. */
export function renderNarratives(
  stats: Statistics,
  config: Config,
  options: { templatesDir?: string } = {},
): Narratives {
  const templates = loadTemplates(config.lang, {
    dir: options.templatesDir,
    suppressBelow: stats.suppressBelow,
  });
  const context = narrativeContext(stats, config);
  const entries = NARRATIVE_SECTIONS.map((section) => [
    section,
    section === 'billing' && stats.billing === null ? '' : templates.render(section, context),
  ]);
  return Object.fromEntries(entries) as Narratives;
}
