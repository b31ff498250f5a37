import { z } from '../zod.js';
import { isValidIsoDate } from '../calendar.js';

/**
 * `lsk-report.config.json`: what differs between contracts and organisations.
 * Every key has a default except what only the user can know. Unknown keys
 * are errors (strict objects), so a typo is named rather than ignored.
 * Every key carries a `.describe()` text: the shipped JSON Schema
 * (`schemas/config.schema.json`) documents the file from them.
 */

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD', abort: true })
  .refine(isValidIsoDate, 'expected a day of the calendar as YYYY-MM-DD');

const contactPerson = z.strictObject({
  name: z.string().min(1).describe('Full name, as printed in the report.'),
  role: z.string().default('').describe('Position, e.g. "Projekta vadītāja".'),
  organisation: z.string().default('').describe('Organisation, when not the reporting one.'),
  phone: z.string().default('').describe('Phone number as it should be printed.'),
  email: z.string().default('').describe('E-mail address.'),
});

const form = z.string().trim().min(1);
const nounCases = z
  .tuple([form, form, form, form])
  .describe('Nominative, genitive, dative, accusative.');

/** A noun templates may count with, keyed by its nominative singular. */
const nounForms = z.strictObject({
  gender: z.enum(['m', 'f']).describe('Grammatical gender: m (vīriešu) or f (sieviešu dzimte).'),
  singular: nounCases.describe('Singular: nominative, genitive, dative, accusative.'),
  plural: nounCases.describe('Plural: nominative, genitive, dative, accusative.'),
});

/** A participle or adjective that agrees with a count, keyed by its masculine singular. */
const participleForms = z.strictObject({
  m: z.tuple([form, form]).describe('Masculine: singular, plural.'),
  f: z.tuple([form, form]).describe('Feminine: singular, plural.'),
});

/**
 * The largest rate per client-month: far above any real one, and small enough
 * that client-months × rate in cents stays exact in a JavaScript number.
 */
export const MAX_RATE = 1_000_000;

export const configSchema = z.strictObject({
  $schema: z
    .string()
    .optional()
    .describe('Path or URL of this JSON Schema, for editors; ignored by lsk-report.'),
  organisation: z
    .string()
    .min(1)
    .default('Biedrība "Latvijas Sarkanais Krusts"')
    .describe('Organisation that provides the service and signs the report.'),
  contract: z
    .strictObject({
      number: z.string().default('').describe('Contract number, as printed in the title block.'),
      date: isoDate
        .nullable()
        .default(null)
        .describe('Date the contract was signed (YYYY-MM-DD), or null.'),
      title: z
        .string()
        .default(
          'Sociālā darbinieka un sociālā mentora pakalpojumu nodrošināšana patvēruma meklētājiem un personām ar bēgļa vai alternatīvo statusu',
        )
        .describe('Subject of the contract.'),
    })
    .prefault({})
    .describe('The contract the report is for.'),
  title: z
    .string()
    .min(1)
    .default(
      'Starpposma ziņojums par sociālā darbinieka un sociālā mentora pakalpojumu nodrošināšanu patvēruma meklētājiem un personām ar bēgļa vai alternatīvo statusu',
    )
    .describe("The report's title, printed above the period."),
  project: z
    .strictObject({
      name: z
        .string()
        .default('Dažādības veicināšana')
        .describe(
          'Name of the European Social Fund project that funds the service; "" to leave it out.',
        ),
      number: z
        .string()
        .default('9.1.4.4./16/I/001')
        .describe('Number of that project, printed as "Nr. …"; "" to leave it out.'),
    })
    .prefault({})
    .describe('The funding project named on the title page and in the funding sentence.'),
  funding: z
    .string()
    .min(1)
    .nullable()
    .default(null)
    .describe(
      "The funding sentence printed on the title page and in every page's footer, as written. Null: the standard sentence naming the project, in the past tense once the period is over.",
    ),
  contacts: z
    .array(contactPerson)
    .default([])
    .describe('Contact persons printed at the end of the report.'),
  logos: z
    .array(z.string().min(1))
    .default([])
    .describe(
      'Image files (PNG or JPEG) shown in the title block, each at most 5 MB and 4,000 pixels wide and high; paths relative to this file.',
    ),
  input: z
    .array(z.string().min(1))
    .default([])
    .describe('Input files or globs used when --input is not given; relative to this file.'),
  programStart: isoDate
    .nullable()
    .default(null)
    .describe(
      'First day of the programme (YYYY-MM-DD), from which clients.cumulative counts; null: the earliest contact in the input.',
    ),
  compare: z
    .strictObject({
      from: isoDate.describe('First day of the period compared with (YYYY-MM-DD).'),
      to: isoDate.describe('Last day of the period compared with (YYYY-MM-DD).'),
    })
    .nullable()
    .default(null)
    .describe(
      'The earlier period the report compares with (both days included); null: the one just before, of the same length.',
    ),
  billing: z
    .strictObject({
      ratePerClientMonth: z
        .number()
        .positive()
        .max(MAX_RATE)
        // Money is counted in cents: a rate finer than that could not be printed as billed.
        .multipleOf(0.01, 'expected an amount in cents, at most 2 decimals (e.g. 95.56)')
        .describe(
          'Payment for one client served in one calendar month, at most 2 decimals and at most 1000000.',
        ),
      currency: z.string().min(1).default('EUR').describe('Currency code printed after amounts.'),
      vatExcluded: z
        .boolean()
        .default(false)
        .describe('True when the rate and the amount are without VAT: the report says "bez PVN".'),
    })
    .nullable()
    .default(null)
    .describe('Payment per client-month; when set, the report has a billing section. Null: none.'),
  eligibility: z
    .strictObject({
      asylumSeekerMonths: z
        .number()
        .int()
        .positive()
        .default(3)
        .describe(
          'An asylum seeker is served this many months from the arrival date, or until the status date when earlier.',
        ),
      statusHolderMonths: z
        .number()
        .int()
        .positive()
        .default(12)
        .describe(
          'A refugee or alternative-status holder is served this many months from the status date.',
        ),
    })
    .prefault({})
    .describe('Service windows checked by the eligibility annex (a warning, not an error).'),
  topCountries: z
    .number()
    .int()
    .min(1)
    .max(30)
    .default(5)
    .describe('How many countries the chart and narrative name before "citas valstis".'),
  suppressBelow: z
    .number()
    .int()
    .min(3)
    .nullable()
    .default(null)
    .describe(
      'Small-cell suppression in the PDF: counts from 1 to this minus 1 print as "<k"; the JSON keeps exact figures. At least 3 ("<2" could only mean 1). Null: off.',
    ),
  lexicon: z
    .strictObject({
      nouns: z
        .record(z.string().trim().min(1), nounForms)
        .superRefine((nouns, context) => {
          for (const [word, forms] of Object.entries(nouns)) {
            if (forms.singular[0] !== word) {
              context.addIssue({
                code: 'custom',
                path: [word, 'singular', 0],
                message: `expected "${word}", the word itself (the nominative singular comes first)`,
              });
            }
          }
        })
        .default({})
        .describe(
          'Nouns for {{count}}, {{noun}} and {{agree}}, keyed by the nominative singular, with all their forms.',
        ),
      participles: z
        .record(z.string().trim().min(1), participleForms)
        .default({})
        .describe('Participles for {{agree}}, keyed by the masculine singular.'),
    })
    .prefault({})
    .describe(
      'Words edited templates count with that lsk-report does not know; each with all its forms (templates/README.md).',
    ),
  periods: z
    .record(
      z.string().min(1),
      z
        .strictObject({
          from: isoDate.describe('First day, YYYY-MM-DD.'),
          to: isoDate.describe('Last day, YYYY-MM-DD (included).'),
          notes: z
            .string()
            .min(1)
            .optional()
            .describe(
              "The coordinator's notes for this period: a Markdown file (paragraphs, lists, bold, italic), relative to this file.",
            ),
        })
        .refine((period) => period.from <= period.to, {
          message: '"from" must be on or before "to"',
        }),
    )
    .default({})
    .describe(
      'Named periods, e.g. contract periods: {"2021-2": {"from": "2021-06-01", "to": "2021-11-30", "notes": "notes/2021-2.md"}}; usable as --period 2021-2 and in periods.json.',
    ),
  lang: z
    .enum(['lv'])
    .default('lv')
    .describe('Report language; templates live in templates/<lang>/.'),
});

export type Config = z.infer<typeof configSchema>;
