import { z } from 'zod';

/**
 * `lsk-report.config.json`: what differs between contracts and organisations.
 * Every key has a default except what only the user can know. Unknown keys
 * are errors (strict objects), so a typo is named rather than ignored.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

const contactPerson = z.strictObject({
  name: z.string().min(1),
  role: z.string().default(''),
  organisation: z.string().default(''),
  phone: z.string().default(''),
  email: z.string().default(''),
});

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Organisation that provides the service and signs the report. */
  organisation: z.string().min(1).default('Biedrība "Latvijas Sarkanais Krusts"'),
  /** The contract the report is for. */
  contract: z
    .strictObject({
      number: z.string().default(''),
      date: isoDate.nullable().default(null),
      title: z
        .string()
        .default(
          'Sociālā darbinieka un sociālā mentora pakalpojumu nodrošināšana patvēruma meklētājiem un personām ar bēgļa vai alternatīvo statusu',
        ),
    })
    .prefault({}),
  /** The report's title, above the period. */
  title: z
    .string()
    .min(1)
    .default(
      'Starpposma ziņojums par sociālā darbinieka un sociālā mentora pakalpojumu nodrošināšanu patvēruma meklētājiem un personām ar bēgļa vai alternatīvo statusu',
    ),
  /** The funding sentence printed in every page's footer. */
  funding: z
    .string()
    .min(1)
    .default(
      'Pakalpojums tiek nodrošināts Sabiedrības integrācijas fonda īstenotā Eiropas Sociālā fonda projekta ietvaros. Finansējums 85 % apmērā piešķirts no Eiropas Sociālā fonda un 15 % finansē Latvijas valsts.',
    ),
  contacts: z.array(contactPerson).default([]),
  /** Image files (PNG or JPEG) shown in the title block, paths relative to the config file. */
  logos: z.array(z.string().min(1)).default([]),
  /** Default input globs, relative to the config file, when `--input` is not given. */
  input: z.array(z.string().min(1)).default([]),
  /** First day of the programme, for `clients.cumulative`; default: the earliest contact in the input. */
  programStart: isoDate.nullable().default(null),
  /** Payment per client per month served; when set, the report has a billing section. */
  billing: z
    .strictObject({
      ratePerClientMonth: z.number().positive(),
      currency: z.string().min(1).default('EUR'),
    })
    .nullable()
    .default(null),
  /** Service windows checked by the eligibility annex. */
  eligibility: z
    .strictObject({
      /** An asylum seeker is served this many months from arrival (or until the status is granted). */
      asylumSeekerMonths: z.number().int().positive().default(3),
      /** A refugee or alternative-status holder is served this many months from the status date. */
      statusHolderMonths: z.number().int().positive().default(12),
    })
    .prefault({}),
  /** How many countries the chart and narrative name before "citas valstis". */
  topCountries: z.number().int().min(1).max(30).default(5),
  /** Small-cell suppression in the PDF: counts 1…k−1 print as "<k". Null: off. */
  suppressBelow: z.number().int().min(2).nullable().default(null),
  /** Report language; templates live in `templates/<lang>/`. */
  lang: z.enum(['lv']).default('lv'),
});

export type Config = z.infer<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
