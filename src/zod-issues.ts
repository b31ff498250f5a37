import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { counted } from './english.js';

/**
 * Zod issues in the project's message shape, one line each:
 *
 *     lsk-report.config.json: billing.ratePerClientMonth: expected a positive number, found -5
 *     lsk-report.config.json: unknown key "topCountrie" (did you mean "topCountries"?)
 *
 * `input` is the data that was validated (values are quoted from it) and
 * `schema` the schema it was validated with (known keys are read from it).
 */
export function formatZodIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  schema: z.ZodType,
  fileName: string,
): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    const where = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        lines.push(`${fileName}: ${where}unknown key "${key}"${suggestion(key, known)}`);
      }
    } else {
      const target = schemaAt(schema, issue.path);
      const value = valueAt(input, issue.path);
      lines.push(
        `${fileName}: ${where}${describeIssue(issue, target?.nullable ?? false)}, ` +
          `found ${describeValue(value)}${typeHint(issue, value)}`,
      );
    }
  }
  return lines;
}

/** `contacts[0].name`: object keys joined by dots, list positions in brackets. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

/** What was expected, in words ("expected a positive number"). */
function describeIssue(issue: z.core.$ZodIssue, nullable: boolean): string {
  const orNull = nullable ? ' or null' : '';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}${orNull}`;
    case 'too_small': {
      const bound = Number(issue.minimum);
      if (issue.origin === 'string')
        return bound === 1
          ? 'expected a non-empty string'
          : `expected at least ${counted(bound, 'character')}`;
      if (issue.origin === 'array') return `expected at least ${counted(bound, 'item')}`;
      if (bound === 0 && !issue.inclusive) return `expected a positive number${orNull}`;
      return `expected a number ${issue.inclusive ? '≥' : '>'} ${bound}${orNull}`;
    }
    case 'too_big': {
      const bound = Number(issue.maximum);
      if (issue.origin === 'string') return `expected at most ${counted(bound, 'character')}`;
      if (issue.origin === 'array') return `expected at most ${counted(bound, 'item')}`;
      return `expected a number ${issue.inclusive ? '≤' : '<'} ${bound}${orNull}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}`
        : `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      // Our schemas phrase their format messages as "expected …"; zod's own are generic.
      return issue.message.startsWith('expected')
        ? issue.message
        : `expected a valid ${issue.format}`;
    default:
      return issue.message;
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/**
 * How to write a value that is right but of the wrong JSON type, the usual
 * slips in a hand-edited config: one file where a list is expected, a number
 * or true/false in quotes (" (write it as a list: [\"exports/*.csv\"])").
 */
function typeHint(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code !== 'invalid_type' || typeof value !== 'string') return '';
  const text = value.trim();
  if (issue.expected === 'array') {
    return text.length <= 60 ? ` (write it as a list: [${JSON.stringify(text)}])` : '';
  }
  if ((issue.expected === 'number' || issue.expected === 'int') && NUMBER.test(text)) {
    return ` (write the number without quotes: ${text.replace(',', '.')})`;
  }
  if (issue.expected === 'boolean' && (text === 'true' || text === 'false')) {
    return ` (write it without quotes: ${text})`;
  }
  return '';
}

/** A plain decimal number, with a point or, as Latvian writes it, a comma. */
const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** How a found value is quoted: strings in quotes (shortened), lists and objects by kind. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  return String(value);
}

function suggestion(key: string, known: string[]): string {
  if (known.length === 0) return '';
  const lower = key.toLowerCase();
  const prefixOf = (name: string) => lower.length >= 3 && name.toLowerCase().startsWith(lower);
  const match =
    known.find((name) => name.toLowerCase() === lower) ??
    known.find(prefixOf) ??
    closest(key, known);
  const close =
    prefixOf(match) ||
    distance(lower, match.toLowerCase()) <= Math.max(2, Math.floor(key.length / 3));
  return close ? ` (did you mean "${match}"?)` : ` (known keys: ${known.join(', ')})`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  in?: z.ZodType;
};

/** The schema that validates the value at `path`, seen through defaults and nullables. */
function schemaAt(
  schema: z.ZodType,
  path: readonly PropertyKey[],
): { schema: z.ZodType; nullable: boolean } | null {
  let current: z.ZodType | undefined = schema;
  let nullable = false;
  for (let step = 0; current !== undefined;) {
    const def = current._zod.def as unknown as Def;
    if (def.innerType) {
      if (def.type === 'nullable') nullable = true;
      current = def.innerType;
    } else if (def.type === 'pipe') {
      current = def.in;
    } else if (step === path.length) {
      return { schema: current, nullable };
    } else {
      const key = path[step++]!;
      current =
        def.type === 'object'
          ? def.shape?.[String(key)]
          : def.type === 'array'
            ? def.element
            : undefined;
      nullable = false;
    }
  }
  return null;
}

function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const target = schemaAt(schema, path);
  const def = target?.schema._zod.def as unknown as Def | undefined;
  return def?.type === 'object'
    ? Object.keys(def.shape ?? {}).filter((key) => key !== '$schema')
    : [];
}
