import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { UserError } from '../errors.js';
import { PRECOMPILED } from './precompiled.js';
import { registerLatvianHelpers, TemplateHelperError } from './template-helpers.js';

/**
 * The narrative templates (`templates/<lang>/*.hbs`), compiled in an isolated
 * Handlebars environment. Staff edit the wording there; a template that names
 * a value or helper that does not exist is an error (strict mode), reported as
 * a UserError naming the file and line, never rendered as an empty string.
 * Output is plain text for the PDF: nothing is HTML-escaped.
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
}

export interface TemplateSet {
  /** The directory the templates were read from. */
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
export function createEnvironment(options: Pick<TemplateOptions, 'suppressBelow'> = {}) {
  const env = Handlebars.create();
  registerLatvianHelpers(env, options.suppressBelow ?? null);
  return env;
}

type Env = ReturnType<typeof createEnvironment>;

interface Located {
  lineNumber?: number;
  loc?: { start?: { line?: number } };
}

function lineOf(error: unknown): number | undefined {
  const located = error as Located | null;
  return located?.lineNumber ?? located?.loc?.start?.line;
}

/** `templates/lv/summary.hbs:3: "foo" is not defined` (the file:line shape of every user error). */
function templateError(file: string, error: unknown): UserError {
  const raw = error instanceof Error ? error.message : String(error);
  // Handlebars appends " - line:column" and names the context as "[object Object]": drop both.
  const message = raw
    .replace(/ - \d+:\d+$/, '')
    .replace(/^"([^"]+)" not defined in .*$/s, '"$1" is not defined (no such value or helper)')
    .replace(/^Parse error on line \d+:\n/, 'syntax error:\n');
  const line = lineOf(error) ?? /^Parse error on line (\d+):/.exec(raw)?.[1];
  return new UserError(`${file}${line === undefined ? '' : `:${line}`}: template: ${message}`);
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
  return rendering(env.compile(source, COMPILE_OPTIONS), file);
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
  template: Handlebars.TemplateDelegate,
  file: string,
): (context: object) => string {
  return (context) => {
    try {
      // Prototype access stays denied (the Handlebars default, stated here so it is not lost).
      return template(context, {
        allowProtoPropertiesByDefault: false,
        allowProtoMethodsByDefault: false,
      });
    } catch (error) {
      throw templateError(file, error);
    }
  };
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

/** Reads and compiles every `*.hbs` in `<dir>/<lang>/`. */
export function loadTemplates(lang: string, options: TemplateOptions = {}): TemplateSet {
  const dir = join(options.dir ?? defaultTemplatesDir(), lang);
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((name) => name.endsWith('.hbs'))
      .sort();
  } catch {
    throw new UserError(`${dir}: no narrative templates for language "${lang}"`);
  }
  const env = createEnvironment(options);
  const compiled = new Map<string, (context: object) => string>();
  for (const name of files) {
    const file = join(dir, name);
    const source = readFileSync(file, 'utf8');
    // A file still as shipped, wherever it is, was checked and compiled at build time.
    const shipped = PRECOMPILED.get(`${lang}/${name}`);
    compiled.set(
      name.slice(0, -'.hbs'.length),
      shipped?.source === source
        ? rendering(env.template(shipped.spec), file)
        : compileTemplate(env, source, file),
    );
  }
  return {
    dir,
    names: () => [...compiled.keys()],
    render(name, context) {
      const template = compiled.get(name);
      if (!template) throw new UserError(`${join(dir, `${name}.hbs`)}: template missing`);
      return normaliseParagraphs(template(context));
    },
  };
}
