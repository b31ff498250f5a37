import type { HelperOptions } from 'handlebars';
import type Handlebars from 'handlebars';
import { countryGenitive } from '../lv/countries.js';
import {
  formatLongDate,
  formatMonthLocative,
  formatMonthName,
  formatPeriod,
  formatShortDate,
  type DateCase,
} from '../lv/dates.js';
import { joinList } from '../lv/list.js';
import { formatMoney, formatNumber, formatPercent } from '../lv/numbers.js';
import { BUILT_IN_LEXICON, type Lexicon } from '../lv/lexicon.js';
import {
  agree,
  count,
  countFrom,
  countWith,
  nounForm,
  UnknownWordError,
  type NounCase,
} from '../lv/plural.js';
import { capitalise } from './labels.js';

/**
 * The helpers narrative templates write Latvian with, each a thin wrapper of
 * a tested function in src/lv/. Every helper refuses an undefined argument
 * (Handlebars' strict mode checks `{{name}}` but not helper arguments), and
 * its errors carry the template line.
 */

type Env = typeof Handlebars;
type Options = HelperOptions & {
  loc?: { start?: { line?: number; column?: number } };
  name?: string;
};

/** An error located in a template, for `templates.ts` to prefix with the file. */
export class TemplateHelperError extends Error {
  constructor(
    message: string,
    readonly lineNumber: number | undefined,
    /** Where the helper call starts, and which of its arguments (0-based) had no value. */
    readonly missing?: { column: number; argument: number },
  ) {
    super(message);
  }
}

/** An argument that is not defined: `templates.ts` names the path the template wrote. */
class MissingArgument extends Error {
  constructor(readonly argument: number) {
    super(`argument ${argument + 1} is not defined`);
  }
}

/** Whether an error already names its own place in the template (an inner block's). */
function located(error: unknown): boolean {
  return (
    error instanceof TemplateHelperError ||
    (error instanceof Error && typeof (error as { lineNumber?: unknown }).lineNumber === 'number')
  );
}

/** What a template author can do about a word the lexicon lacks. */
function unknownWord(error: UnknownWordError): string {
  const key = error.kind === 'noun' ? 'nouns' : 'participles';
  return `no Latvian ${error.kind} "${error.word}": declare it with all its forms in the config, under "lexicon" → "${key}" (see "New words" in templates/README.md)`;
}

const NOUN_CASES: readonly string[] = ['nom', 'gen', 'dat', 'acc'];
const DATE_CASES: readonly string[] = ['nom', 'gen', 'dat', 'loc'];

function number(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`${what} must be a number, got ${JSON.stringify(value)}`);
  }
  return value;
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string')
    throw new Error(`${what} must be text, got ${JSON.stringify(value)}`);
  return value;
}

function nounCase(value: unknown): NounCase {
  if (value === undefined) return 'nom';
  if (!NOUN_CASES.includes(String(value))) throw new Error(`unknown case "${String(value)}"`);
  return value as NounCase;
}

function dateCase(value: unknown): DateCase {
  if (value === undefined) return 'nom';
  if (!DATE_CASES.includes(String(value))) throw new Error(`unknown case "${String(value)}"`);
  return value as DateCase;
}

/**
 * Registers a helper taking `min`…`max` positional arguments, all defined.
 * Errors thrown inside are re-thrown with the helper's name and template line.
 */
function define(
  env: Env,
  name: string,
  [min, max]: [number, number],
  fn: (this: unknown, args: unknown[], options: Options) => unknown,
): void {
  env.registerHelper(name, function (this: unknown, ...all: unknown[]) {
    const options = all.pop() as Options;
    const line = options.loc?.start?.line;
    const column = options.loc?.start?.column;
    try {
      if (all.length < min || all.length > max) {
        const wanted = min === max ? `${min}` : `${min}–${max}`;
        throw new Error(
          `takes ${wanted} ${max === 1 && min === 1 ? 'argument' : 'arguments'}, got ${all.length}`,
        );
      }
      const missing = all.findIndex((arg) => arg === undefined);
      if (missing >= 0) throw new MissingArgument(missing);
      return fn.call(this, all, options);
    } catch (error) {
      // An error inside a block ({{#if}} … {{/if}}) already names its own line, not the block's.
      if (located(error)) throw error;
      if (error instanceof MissingArgument && column !== undefined) {
        throw new TemplateHelperError(`{{${name}}}: ${error.message}`, line, {
          column,
          argument: error.argument,
        });
      }
      const message =
        error instanceof UnknownWordError
          ? unknownWord(error)
          : error instanceof Error
            ? error.message
            : String(error);
      throw new TemplateHelperError(`{{${name}}}: ${message}`, line);
    }
  });
}

/** Wraps a built-in block helper so that a missing value is an error, not "false". */
function guardBuiltIn(env: Env, name: 'if' | 'unless' | 'each' | 'with'): void {
  const original = env.helpers[name] as (...args: unknown[]) => unknown;
  define(env, name, [1, 1], function (this: unknown, args, options) {
    return original.call(this, args[0], options);
  });
}

/** Registers the Latvian helpers on `env`; `suppressBelow` masks small counts as "<k". */
export function registerLatvianHelpers(
  env: Env,
  suppressBelow: number | null,
  lexicon: Lexicon = BUILT_IN_LEXICON,
): void {
  const k = suppressBelow !== null && suppressBelow >= 2 ? suppressBelow : null;
  const masked = (n: number, hash: Record<string, unknown>) =>
    k !== null && hash.exact !== true && Number.isInteger(n) && n >= 1 && n < k;

  for (const name of ['if', 'unless', 'each', 'with'] as const) guardBuiltIn(env, name);
  // `lookup` reaches properties by computed name and `log` writes to the console. The
  // compiler calls both directly, so they are replaced rather than unregistered.
  for (const name of ['lookup', 'log']) {
    define(env, name, [0, 20], () => {
      throw new Error('is not available in report templates');
    });
  }

  define(env, 'num', [1, 2], (args, { hash }) => {
    const n = number(args[0], 'the value');
    if (masked(n, hash)) return `<${k}`;
    return formatNumber(n, args[1] === undefined ? undefined : number(args[1], 'decimals'));
  });
  define(env, 'money', [2, 2], (args) =>
    formatMoney(number(args[0], 'the amount'), text(args[1], 'the currency')),
  );
  define(env, 'percent', [1, 1], (args) => formatPercent(number(args[0], 'the value')));

  const counted = (
    n: number,
    lemma: string,
    grammaticalCase: NounCase,
    hash: Record<string, unknown>,
  ) => {
    if (hash.omitZero === true && n === 0) return '';
    const suffix = typeof hash.suffix === 'string' ? hash.suffix : '';
    // A masked count reads "mazāk nekā 5 klienti": the noun agrees with k.
    if (masked(n, hash) && k !== null)
      return `mazāk nekā ${count(k, lemma, grammaticalCase, lexicon)}${suffix}`;
    // share=: the count's share in whole percent, after it in brackets ("63 sievietes (33 %)");
    // none for 100 %, where the count is the whole and the sentence says so.
    const share =
      typeof hash.share === 'number' && hash.share !== 100
        ? ` (${formatPercent(number(hash.share, 'the share'))})`
        : '';
    return count(n, lemma, grammaticalCase, lexicon) + suffix + share;
  };
  define(env, 'count', [2, 3], (args, { hash }) =>
    counted(
      number(args[0], 'the count'),
      text(args[1], 'the noun'),
      nounCase(args[2] ?? hash.case),
      hash,
    ),
  );
  for (const [name, grammaticalCase] of [
    ['countGen', 'gen'],
    ['countDat', 'dat'],
    ['countAcc', 'acc'],
  ] as const) {
    define(env, name, [2, 2], (args, { hash }) =>
      counted(number(args[0], 'the count'), text(args[1], 'the noun'), grammaticalCase, hash),
    );
  }
  for (const [name, fn] of [
    ['countFrom', countFrom],
    ['countWith', countWith],
  ] as const) {
    define(env, name, [2, 2], (args, { hash }) => {
      const n = number(args[0], 'the count');
      const lemma = text(args[1], 'the noun');
      if (masked(n, hash) && k !== null) return `mazāk nekā ${fn(k, lemma, lexicon)}`;
      return fn(n, lemma, lexicon);
    });
  }
  define(env, 'noun', [2, 3], (args, { hash }) => {
    const n = number(args[1], 'the count');
    return nounForm(
      text(args[0], 'the noun'),
      masked(n, hash) && k !== null ? k : n,
      nounCase(args[2]),
      lexicon,
    );
  });
  define(env, 'agree', [3, 3], (args, { hash }) => {
    const n = number(args[1], 'the count');
    return agree(
      text(args[0], 'the participle'),
      masked(n, hash) && k !== null ? k : n,
      text(args[2], 'the noun'),
      lexicon,
    );
  });

  define(env, 'period', [2, 2], (args) => formatPeriod(text(args[0], 'from'), text(args[1], 'to')));
  define(env, 'date', [1, 2], (args) =>
    formatLongDate(text(args[0], 'the date'), dateCase(args[1])),
  );
  define(env, 'shortDate', [1, 1], (args) => formatShortDate(text(args[0], 'the date')));
  define(env, 'monthLoc', [1, 1], (args) => formatMonthLocative(text(args[0], 'the month')));
  define(env, 'monthName', [1, 2], (args) =>
    formatMonthName(text(args[0], 'the month'), dateCase(args[1])),
  );
  define(env, 'genitive', [1, 1], (args) => countryGenitive(text(args[0], 'the country')));
  define(env, 'upperFirst', [1, 1], (args) => capitalise(text(args[0], 'the text')));

  // {{list names}} joins strings; {{#list items}}…{{/list}} renders each item and joins the results.
  define(env, 'list', [1, 1], function (this: unknown, args, options) {
    if (!Array.isArray(args[0])) throw new Error('needs a list');
    const items = args[0] as unknown[];
    const parts =
      typeof options.fn === 'function'
        ? items.map((item) => options.fn(item).trim())
        : items.map((item) => text(item, 'each item'));
    return joinList(
      parts.filter((part) => part !== ''),
      typeof options.hash.conjunction === 'string' ? options.hash.conjunction : 'un',
    );
  });
  // {{join a b c}}: the non-empty arguments, joined like a list.
  define(env, 'join', [1, 20], (args) =>
    joinList(args.map((arg) => text(arg, 'each part')).filter((part) => part.trim() !== '')),
  );
}
