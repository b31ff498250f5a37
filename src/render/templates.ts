import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distance } from 'fastest-levenshtein';
import Handlebars from 'handlebars';
import { fileError, UserError } from '../errors.js';
import type { Lexicon } from '../lv/lexicon.js';
import { PRECOMPILED } from './precompiled.js';
import { registerLatvianHelpers, TemplateHelperError } from './template-helpers.js';

/**
 * The narrative templates (`templates/<lang>/*.hbs`), compiled in an isolated
 * Handlebars environment. Staff edit the wording there; a template that names
 * a value or helper that does not exist is an error (strict mode), reported as
 * a UserError naming the file and line, never rendered as an empty string.
 * Output is plain text for the PDF: nothing is HTML-escaped.
 *
 * `--templates DIR` overrides the shipped templates file by file: a template
 * DIR/<lang>/ lacks comes from the shipped set, so staff copy and edit only
 * the one they want to change.
 */

/** The package's own `templates/` directory, wherever the process runs from. */
export function defaultTemplatesDir(): string {
  // src/render/ and dist/render/ are both two levels below the package root.
  return fileURLToPath(new URL('../../templates/', import.meta.url));
}

export interface TemplateOptions {
  /** Directory holding one subdirectory per language; default `defaultTemplatesDir()`. */
  dir?: string;
  /** Small-cell threshold: counts 1…k−1 print as "<k" ("mazāk nekā k" with a noun). */
  suppressBelow?: number | null;
  /** Nouns and participles the helpers know: the built-in ones and the config's. */
  lexicon?: Lexicon;
}

export interface TemplateSet {
  /** The directory the templates were read from (the shipped one for templates not overridden). */
  readonly dir: string;
  /** Template names (file names without `.hbs`), sorted. */
  names(): string[];
  /** Renders one template; paragraphs normalised (see `normaliseParagraphs`). */
  render(name: string, context: object): string;
}

// Names that reach through the prototype chain, and Handlebars' internal helpers;
// rejected when a template is loaded. Without this, `{{toString}}` would render as
// an empty string: the runtime denies prototype access silently, even in strict mode.
const FORBIDDEN_SEGMENTS = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
  'helperMissing',
  'blockHelperMissing',
]);

// Statements that would pull in other templates by name: none are registered, and a
// name like `../../etc/passwd` must fail with its line when loaded, not when rendered.
const FORBIDDEN_STATEMENTS: Record<string, string> = {
  PartialStatement: 'partials ({{> name}}) are not available in report templates',
  PartialBlockStatement: 'partials ({{#> name}}) are not available in report templates',
  DecoratorBlock: 'decorators and inline partials are not available in report templates',
  Decorator: 'decorators are not available in report templates',
};

const PATH_HOLDERS = new Set(['MustacheStatement', 'BlockStatement', 'SubExpression']);

/** A fresh Handlebars environment with the Latvian helpers; `lookup` and `log` are disabled. */
export function createEnvironment(
  options: Pick<TemplateOptions, 'suppressBelow' | 'lexicon'> = {},
) {
  const env = Handlebars.create();
  registerLatvianHelpers(env, options.suppressBelow ?? null, options.lexicon);
  return env;
}

type Env = ReturnType<typeof createEnvironment>;

interface Located {
  lineNumber?: number;
  column?: number;
  loc?: { start?: { line?: number; column?: number } };
}

function lineOf(error: unknown): number | undefined {
  const located = error as Located | null;
  return located?.lineNumber ?? located?.loc?.start?.line;
}

/** What a failing render had at hand to explain itself: the template's text and the values it saw. */
interface RenderFailure {
  source: string;
  context: object;
  helpers: readonly string[];
}

type Node = Record<string, unknown> & { loc?: Located['loc'] };

/** Every node of a template's syntax tree. */
function* nodes(node: unknown): Generator<Node> {
  if (node === null || typeof node !== 'object') return;
  if (!Array.isArray(node)) yield node as Node;
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'loc') yield* nodes(value);
  }
}

const startsAt = (node: Node, line: number, column: number | undefined) =>
  node.loc?.start?.line === line && (column === undefined || node.loc.start.column === column);

/**
 * The path as the template wrote it (`clients.nwe`) for a value that was not
 * there: Handlebars names only the last segment ("nwe"), or, for a helper's
 * argument, only its position.
 */
function missingPath(
  source: string,
  error: unknown,
  line: number,
): { path: string; called: boolean } | undefined {
  let tree: unknown;
  try {
    tree = Handlebars.parse(source);
  } catch {
    return undefined;
  }
  const all = [...nodes(tree)];
  if (error instanceof TemplateHelperError && error.missing !== undefined) {
    const { column, argument } = error.missing;
    const call = all.find((node) => Array.isArray(node.params) && startsAt(node, line, column));
    const param = (call?.params as Node[] | undefined)?.[argument];
    return param?.type === 'PathExpression'
      ? { path: String(param.original), called: false }
      : undefined;
  }
  const name = /^"([^"]+)" not defined in /.exec(error instanceof Error ? error.message : '')?.[1];
  if (name === undefined) return undefined;
  const column = (error as Located).column;
  const paths = all.filter(
    (node) =>
      node.type === 'PathExpression' &&
      startsAt(node, line, undefined) &&
      (node.parts as unknown[]).includes(name),
  );
  const path = paths.find((node) => startsAt(node, line, column)) ?? paths[0];
  if (path === undefined) return undefined;
  // `{{cuont 3 "klients"}}`: a name with arguments is a helper's, even when strict mode looks it up as a value.
  const called = all.some(
    (node) => node.path === path && Array.isArray(node.params) && node.params.length > 0,
  );
  return { path: String(path.original), called };
}

/** Every value path a template can name: `clients.new`, and inside `{{#each}}` the items' own keys. */
function valuePaths(
  value: unknown,
  prefix = '',
  depth = 0,
  found = new Set<string>(),
): Set<string> {
  if (depth > 4 || value === null || typeof value !== 'object') return found;
  if (Array.isArray(value)) {
    // Inside {{#each list}} an item's keys are named on their own (`name`, `clients`).
    for (const item of value.slice(0, 1)) valuePaths(item, '', depth + 1, found);
    return found;
  }
  for (const [key, inner] of Object.entries(value)) {
    found.add(prefix + key);
    valuePaths(inner, `${prefix}${key}.`, depth + 1, found);
  }
  return found;
}

/** The candidate nearest to `wanted`, when near enough to be what was meant. */
function nearest(wanted: string, candidates: Iterable<string>): string | undefined {
  // Two edits at least: a swap of two letters (`cuont`) is the commonest slip.
  const tolerance = Math.max(2, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = tolerance + 1;
  for (const candidate of candidates) {
    const d = distance(wanted, candidate);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

const didYouMean = (suggestion: string | undefined) =>
  suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`;

/** The message of a render failure, in the template author's terms where it can be said plainly. */
function plainMessage(error: unknown, line: number | undefined, failure?: RenderFailure): string {
  const raw = error instanceof Error ? error.message : String(error);
  const helper = /^Missing helper: "([^"]+)"/.exec(raw)?.[1];
  if (helper !== undefined) {
    return `no helper ${helper}${didYouMean(failure && nearest(helper, failure.helpers))}`;
  }
  if (failure !== undefined && line !== undefined) {
    const missing = missingPath(failure.source, error, line);
    if (missing?.called) {
      return `no helper ${missing.path}${didYouMean(nearest(missing.path, failure.helpers))}`;
    }
    if (missing !== undefined) {
      const path = missing.path.replace(/^this\./, '');
      const values = valuePaths(failure.context);
      const what = path.includes('.') ? 'no figure' : 'no figure or helper';
      const candidates = path.includes('.') ? values : [...values, ...failure.helpers];
      return `${what} ${path}${didYouMean(nearest(path, candidates))}`;
    }
  }
  // Handlebars appends " - line:column" and names the context as "[object Object]": drop both.
  return `template: ${raw
    .replace(/ - \d+:\d+$/, '')
    .replace(/^"([^"]+)" not defined in .*$/s, 'no value or helper "$1"')
    .replace(/^Parse error on line \d+:\n/, 'syntax error:\n')}`;
}

/** `templates/lv/summary.hbs:13: no figure clients.nwe (did you mean clients.new?)`: file:line first, like every user error. */
function templateError(file: string, error: unknown, failure?: RenderFailure): UserError {
  const raw = error instanceof Error ? error.message : String(error);
  const line = lineOf(error) ?? numberOrUndefined(/^Parse error on line (\d+):/.exec(raw)?.[1]);
  const message = plainMessage(error, line, failure);
  return new UserError(`${file}${line === undefined ? '' : `:${line}`}: ${message}`);
}

function numberOrUndefined(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

function checkSegments(node: unknown, file: string): void {
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const line = () => (record.loc as Located['loc'])?.start?.line;
  const refuse = (message: string) => templateError(file, new TemplateHelperError(message, line()));
  const statement = FORBIDDEN_STATEMENTS[String(record.type)];
  if (statement !== undefined) throw refuse(statement);
  // `{{"constructor"}}`: a literal in a path's place is looked up like a path.
  const path = PATH_HOLDERS.has(String(record.type))
    ? (record.path as Record<string, unknown> | undefined)
    : undefined;
  const literal = path !== undefined && path.type !== 'PathExpression' ? [path.value] : [];
  const parts =
    record.type === 'PathExpression' && Array.isArray(record.parts) ? record.parts : literal;
  const bad = (parts as unknown[]).find((part) => FORBIDDEN_SEGMENTS.has(String(part)));
  if (bad !== undefined) throw refuse(`"${String(bad)}" may not be used in a template`);
  for (const [key, value] of Object.entries(record)) {
    if (key === 'loc') continue;
    if (Array.isArray(value)) value.forEach((child) => checkSegments(child, file));
    else checkSegments(value, file);
  }
}

/** Strict: an unknown value or helper is an error. Plain text: nothing is HTML-escaped. */
const COMPILE_OPTIONS = { strict: true, noEscape: true } as const;

/** Checks a template source; syntax errors and forbidden names surface here, not at first render. */
function checkTemplate(env: Env, source: string, file: string): void {
  try {
    checkSegments(env.parse(source), file);
  } catch (error) {
    throw error instanceof UserError ? error : templateError(file, error);
  }
}

/** Compiles one template source; syntax errors surface here, not at first render. */
export function compileTemplate(
  env: Env,
  source: string,
  file: string,
): (context: object) => string {
  checkTemplate(env, source, file);
  return rendering(env, env.compile(source, COMPILE_OPTIONS), file, source);
}

/**
 * A template's specification as JavaScript source, for the build
 * (scripts/bundle.js): checked and compiled exactly as `compileTemplate` does.
 */
export function precompileTemplate(source: string, file: string): string {
  const env = createEnvironment();
  checkTemplate(env, source, file);
  // Typed as a specification, returned as the JavaScript source of one.
  return env.precompile(source, COMPILE_OPTIONS) as unknown as string;
}

/** Renders with Handlebars' prototype protection; a failure names the template file and line. */
function rendering(
  env: Env,
  template: Handlebars.TemplateDelegate,
  file: string,
  source: string,
): (context: object) => string {
  return (context) => {
    let text: string;
    try {
      // Prototype access stays denied (the Handlebars default, stated here so it is not lost).
      text = template(context, {
        allowProtoPropertiesByDefault: false,
        allowProtoMethodsByDefault: false,
      });
    } catch (error) {
      throw templateError(file, error, { source, context, helpers: Object.keys(env.helpers) });
    }
    // Handlebars prints an object as "[object Object]": `{{clients}}` where `{{clients.unique}}` was meant.
    if (text.includes(PRINTED_OBJECT)) throw groupPrinted(file, source, context);
    return text;
  };
}

const PRINTED_OBJECT = '[object Object]';

/**
 * The error for a template that printed a group of figures: the first
 * `{{path}}` whose value, looked up from the top, is one, with its line and
 * the figures it holds; else (a group met inside `{{#each}}`) without them.
 */
function groupPrinted(file: string, source: string, context: object): UserError {
  for (const node of nodes(Handlebars.parse(source))) {
    const path = node.path as Node | undefined;
    if (node.type !== 'MustacheStatement' || (node.params as unknown[]).length > 0) continue;
    if (path?.type !== 'PathExpression' || (path.parts as string[]).length === 0) continue;
    const name = String(path.original);
    const value = (path.parts as string[]).reduce<unknown>(
      (at, part) =>
        at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined,
      context,
    );
    if (value === null || typeof value !== 'object') continue;
    const figures = Object.keys(Array.isArray(value) ? (value[0] ?? {}) : value);
    const listed = (prefix: string) =>
      figures
        .slice(0, 3)
        .map((figure) => prefix + figure)
        .join(', ') + (figures.length > 3 ? ', …' : '');
    const message = Array.isArray(value)
      ? `${name} is a list of groups of figures, not one: name one figure of its items inside {{#each ${name}}} (${listed('')})`
      : `${name} is a group of figures, not one: name one of them (${listed(`${name}.`)})`;
    return new UserError(`${file}:${node.loc?.start?.line}: ${message}`);
  }
  return new UserError(
    `${file}: a value printed is a group of figures, not one (such as {{this}}): name one figure of it`,
  );
}

/**
 * Paragraphs are separated by a blank line; inside one, line breaks and runs of
 * spaces (from template indentation and `{{#if}}` lines) become one space.
 * No-break spaces are kept. Empty paragraphs are dropped.
 */
export function normaliseParagraphs(text: string): string {
  return text
    .split(/\n[ \t\r]*\n/)
    .map((paragraph) => paragraph.replace(/[ \t\r\n]+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** The `*.hbs` file names in a folder, sorted; null when it is not a readable folder. */
function templateFiles(dir: string): string[] | null {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.hbs'))
      .sort();
  } catch {
    return null;
  }
}

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();

/**
 * The folder of the user's templates for `lang`, `<dir>/<lang>/`, or an error
 * that says what is wrong with `--templates <dir>`: a folder that does not
 * exist, a file, or (a likely slip) the language folder itself.
 */
function userTemplatesDir(dir: string, lang: string, shippedNames: readonly string[]): string {
  const option = `--templates ${dir}`;
  if (!existsSync(dir)) throw new UserError(`${option}: no such folder`);
  if (!isFolder(dir)) {
    throw new UserError(`${option}: not a folder (expected a folder holding ${lang}/*.hbs)`);
  }
  const langDir = join(dir, lang);
  if (isFolder(langDir)) return langDir;
  const here = templateFiles(dir) ?? [];
  if (basename(dir) === lang || here.some((name) => shippedNames.includes(name))) {
    const parent = dirname(dir);
    throw new UserError(
      `${option}: no folder "${lang}" in it. The option takes the folder that holds ${lang}/, ` +
        `not the ${lang} folder itself: did you mean --templates ${parent === '' ? '.' : parent}?`,
    );
  }
  throw new UserError(
    `${option}: no folder "${lang}" in it (expected ${join(dir, lang, 'summary.hbs')} and the other templates to change)`,
  );
}

/**
 * The report's templates for `lang`: each from `<dir>/<lang>/` when the
 * user's folder has it, else the shipped one. A file there that is no
 * template of the report is an error, so that a misspelt name does not leave
 * an edit silently unused.
 */
export function loadTemplates(lang: string, options: TemplateOptions = {}): TemplateSet {
  const shippedDir = join(defaultTemplatesDir(), lang);
  const shippedNames = templateFiles(shippedDir);
  if (shippedNames === null) {
    throw new UserError(`${shippedDir}: no narrative templates for language "${lang}"`);
  }
  const userDir =
    options.dir === undefined ? undefined : userTemplatesDir(options.dir, lang, shippedNames);
  const userNames = userDir === undefined ? [] : (templateFiles(userDir) ?? []);
  for (const name of userNames) {
    if (!shippedNames.includes(name)) {
      const suggestion = nearest(name, shippedNames);
      throw new UserError(
        `${join(userDir!, name)}: not a template of the report${didYouMean(suggestion)}; ` +
          `the templates are ${shippedNames.join(', ')}`,
      );
    }
  }
  const env = createEnvironment(options);
  const compiled = new Map<string, (context: object) => string>();
  for (const name of shippedNames) {
    const file = join(userNames.includes(name) ? userDir! : shippedDir, name);
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (error) {
      throw fileError(error, 'read the template', file);
    }
    // A file still as shipped, wherever it is, was checked and compiled at build time.
    const shipped = PRECOMPILED.get(`${lang}/${name}`);
    compiled.set(
      name.slice(0, -'.hbs'.length),
      shipped?.source === source
        ? rendering(env, env.template(shipped.spec), file, source)
        : compileTemplate(env, source, file),
    );
  }
  return {
    dir: userDir ?? shippedDir,
    names: () => [...compiled.keys()],
    render(name, context) {
      const template = compiled.get(name);
      if (!template) throw new UserError(`${join(shippedDir, `${name}.hbs`)}: template missing`);
      return normaliseParagraphs(template(context));
    },
  };
}
