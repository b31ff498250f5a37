import type { Config } from '../config/schema.js';
import { PERIOD_PARTLY_COVERED, type Statistics } from '../model/statistics.js';
import { formatMonthName } from '../lv/dates.js';
import { withWords, type Lexicon } from '../lv/lexicon.js';
import { isSingular } from '../lv/plural.js';
import { latvianQuotes, typeset } from '../lv/typography.js';
import { cumulativeBaseline } from './identification.js';
import { CLOSURE_REASONS } from '../model/codes.js';
import { CLOSURE_REASON_LABELS, SERVICE_NAMES } from './labels.js';
import { formatSignedPercent } from './shares.js';
import {
  ageGroupShares,
  cells,
  closureShares,
  countryCells,
  countryShares,
  hiddenToProtect,
  locationCells,
  serviceCells,
  servicesByClients,
  topCountries,
} from './selections.js';
import { loadTemplates } from './templates.js';

/**
 * The report's narrative paragraphs: a plain context built from the
 * statistics, rendered through `templates/<lang>/<section>.hbs`. The wording
 * lives in the templates; this module only decides what figures they get.
 */

/** Section keys, in report order; each has a template of the same name. */
export const NARRATIVE_SECTIONS = [
  'summary',
  'comparison',
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

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The plain data the templates see (documented in templates/README.md). */
export function narrativeContext(stats: Statistics, config: Config) {
  const years = new Set(stats.monthly.map((entry) => entry.month.slice(0, 4)));
  const { top, rest } = topCountries(stats, config.topCountries);
  const byCode = (code: string) => stats.countries.find((c) => c.code === code)?.clients ?? 0;
  // Most clients first; ties keep the input-contract order of the codes.
  // A count a table hides to protect a small one ("×") is hidden in the text too.
  const serviceTable = serviceCells({ stats });
  const services = servicesByClients(stats).map((service, index) => ({
    ...service,
    name: SERVICE_NAMES[service.code],
    hidden: hiddenToProtect(serviceTable[index]![0]),
  }));
  const byCountryCell = countryCells({ stats, config });
  const countryHidden = (code: string) =>
    hiddenToProtect(byCountryCell[stats.countries.findIndex((c) => c.code === code)]);
  const byLocationCell = locationCells({ stats });
  const { ageGroups } = stats;
  // Shares as the tables print them (null where a count is masked), so text and tables agree.
  const byCountry = countryShares({ stats, config });
  const closureShareOf = closureShares({ stats });
  const closureCells = cells(
    { stats },
    CLOSURE_REASONS.map((reason) => stats.closures.byReason[reason]),
  );
  const shareOf = (country: (typeof top)[number]) => byCountry[stats.countries.indexOf(country)]!;
  const cumulativeFrom = stats.clients.cumulativeFrom;

  return {
    period: stats.period,
    organisation: latvianQuotes(config.organisation),
    clients: stats.clients,
    /** What the cumulative count counts from, in words ("kopš programmas sākuma 2016. gada 6. aprīlī"). */
    cumulativeSince: cumulativeBaseline(stats, config)?.long ?? '',
    contacts: stats.contacts,
    monthly: stats.monthly.map((entry) => ({
      ...entry,
      inMonth: formatMonthName(entry.month, 'loc'),
    })),
    // A period over several years names each year once: "2016. gadā: aprīlī – 71, …".
    monthlyByYear: [...years].map((year) => ({
      year,
      months: stats.monthly
        .filter((entry) => entry.month.startsWith(year))
        .map((entry) => ({ ...entry, inMonth: formatMonthName(entry.month, 'loc') })),
    })),
    gender: stats.gender,
    ageGroups,
    averageAge: stats.averageAge,
    households: stats.households,
    countries: {
      count: stats.countryCount,
      top: top.map((country) => ({
        name: country.name,
        clients: country.clients,
        share: shareOf(country),
        hidden: countryHidden(country.code),
      })),
      others: { countries: rest.length, clients: sum(rest.map((c) => c.clients)) },
      stateless: byCode('stateless'),
      statelessHidden: countryHidden('stateless'),
      unknown: byCode('unknown'),
      unknownHidden: countryHidden('unknown'),
    },
    legalStatus: stats.legalStatus,
    arrival: stats.arrival,
    locations: stats.locations.map((location, index) => ({
      ...location,
      name: spellOutPmic(location.name, index === firstPmic(stats.locations)),
      hidden: hiddenToProtect(byLocationCell[index]),
    })),
    services,
    closures: stats.closures,
    // The reasons that occurred, in the table's order, named as the chart and the table name them.
    closureReasons: CLOSURE_REASONS.flatMap((reason, index) =>
      stats.closures.byReason[reason] > 0
        ? [
            {
              code: reason,
              name: CLOSURE_REASON_LABELS[reason],
              count: stats.closures.byReason[reason],
              hidden: hiddenToProtect(closureCells[index]),
              // A reason that is every closure needs no percentage.
              share: closureShareOf[reason] === 100 ? null : closureShareOf[reason],
            },
          ]
        : [],
    ),
    /** Whole-percent shares, as the tables print them; null where the count is masked. */
    shares: { ageGroups: ageGroupShares({ stats }), closures: closureShareOf },
    // Prose says whole mentors ("vidēji 21 sociālais mentors"); the table keeps the decimal.
    staff: stats.staff && {
      ...stats.staff,
      mentorsPerMonthAverage: wholeMentors(stats.staff.mentorsPerMonthAverage),
    },
    billing: stats.billing && {
      ...stats.billing,
      vatExcluded: config.billing?.vatExcluded === true,
    },
    quality: {
      files: stats.dataQuality.files.length,
      rowsRead: stats.dataQuality.rowsRead,
      rowsValid: stats.dataQuality.rowsValid,
      rowsInvalid: stats.dataQuality.rowsInvalid.total,
      duplicatesRemoved: stats.dataQuality.duplicatesRemoved,
      // Findings of the data check; the days of a period outside the exports are no finding.
      warnings: sum(
        stats.dataQuality.warnings
          .filter((warning) => warning.type !== PERIOD_PARTLY_COVERED)
          .map((warning) => warning.count),
      ),
      eligibility: stats.eligibility,
    },
    comparison: comparisonContext(stats),
    /** Conditions templates cannot compute themselves (Handlebars has no arithmetic). */
    show: {
      monthBreakdown: stats.monthly.length > 1,
      monthsByYear: years.size > 1,
      // "Visi 342 klienti …": every client served is new (a count ending in 1 says "visi šie klienti").
      allNew: stats.clients.new === stats.clients.unique && stats.clients.unique > 1,
      allNewCounted: !isSingular(stats.clients.unique),
      // The one client of the period is new: "Šis klients …", not "No viņiem 1 klients …".
      onlyClientNew: stats.clients.unique === 1 && stats.clients.new === 1,
      // Staff ids name at least one worker (an empty period has none: no "Pakalpojumu sniedza ;").
      staffServed: stats.staff !== null && stats.staff.socialWorkers + stats.staff.mentors > 0,
      // One reason closed every case: it is named without a count ("Slēgšanas iemesls: …").
      singleClosureReason:
        CLOSURE_REASONS.filter((reason) => stats.closures.byReason[reason] > 0).length === 1,
      // "91 sievietei" on page 1 counts girls too; the portrait's "63 sievietes" does not.
      genderIncludesChildren: ageGroups.children > 0,
      programStart: config.programStart !== null,
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

/** The comparison with the earlier period, as sentences need it: one entry per headline figure. */
function comparisonContext(stats: Statistics) {
  const { comparison } = stats;
  const { figures, change } = comparison;
  const metrics =
    figures && change
      ? (
          [
            ['Klientu skaits', figures.clients.unique, stats.clients.unique, change.clients.unique],
            ['Jauno klientu skaits', figures.clients.new, stats.clients.new, change.clients.new],
            [
              'Kontaktu skaits',
              figures.contacts.total,
              stats.contacts.total,
              change.contacts.total,
            ],
            [
              'Slēgto klientu lietu skaits',
              figures.closures.total,
              stats.closures.total,
              change.closures.total,
            ],
          ] as const
        ).map(([subject, previous, current, delta]) => ({
          subject,
          previous,
          current,
          up: delta.difference > 0,
          down: delta.difference < 0,
          // A change under half a percent has no bracket: "samazinājies no 910 līdz 909 (0 %)" contradicts itself.
          inPercent:
            delta.percent === null || Math.round(Math.abs(delta.percent)) === 0
              ? ''
              : formatSignedPercent(delta.percent),
        }))
      : [];
  return {
    period: comparison.period,
    full: comparison.coverage === 'full' && metrics.length > 0,
    partial: comparison.coverage === 'partial',
    metrics,
  };
}

/** An average of mentors in prose: a whole number, and at least 1 when any mentor worked. */
function wholeMentors(average: number): number {
  return average > 0 ? Math.max(1, Math.round(average)) : 0;
}

const PMIC = /^PMIC\b\s*/i;

/** Index of the first location that is the accommodation centre (PMIC), or -1. */
function firstPmic(locations: Statistics['locations']): number {
  return locations.findIndex((location) => PMIC.test(location.name));
}

/**
 * A location as the narrative names it: in Latvian quotes, and the
 * accommodation centre spelled out the first time ("Patvēruma meklētāju
 * izmitināšanas centrs „Mucenieki” (PMIC)"); tables keep the short name.
 */
function spellOutPmic(name: string, first: boolean): string {
  const quoted = latvianQuotes(name);
  if (!first) return quoted;
  return `${quoted.replace(PMIC, 'Patvēruma meklētāju izmitināšanas centrs ').trimEnd()} (PMIC)`;
}

/** The built-in lexicon with the words the config declares (`lexicon`). */
export function configLexicon(words: Config['lexicon']): Lexicon {
  return withWords({
    nouns: Object.fromEntries(
      Object.entries(words.nouns).map(([word, forms]) => [
        word,
        { gender: forms.gender, sg: forms.singular, pl: forms.plural },
      ]),
    ),
    participles: words.participles,
  });
}

/** Renders every section's paragraphs from the templates of `config.lang`. */
export function renderNarratives(
  stats: Statistics,
  config: Config,
  options: { templatesDir?: string } = {},
): Narratives {
  const templates = loadTemplates(config.lang, {
    dir: options.templatesDir,
    suppressBelow: stats.suppressBelow,
    lexicon: configLexicon(config.lexicon),
  });
  const context = narrativeContext(stats, config);
  const entries = NARRATIVE_SECTIONS.map((section) => [
    section,
    section === 'billing' && stats.billing === null
      ? ''
      : typeset(templates.render(section, context)),
  ]);
  return Object.fromEntries(entries) as Narratives;
}
