/**
 * The options every command that reads exports shares (input files as
 * arguments or `--input`, `--delimiter`, `--encoding`, `--errors-out`,
 * `--skip-invalid`), turning them into `IngestOptions`, and printing the
 * problems found.
 */
import { statSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { escapePath, glob, isDynamicPattern } from 'tinyglobby';
import { CONFIG_FILE_NAME, type LoadedConfig } from '../config/load.js';
import { EXIT, formatProblem, UserError, type RowProblem } from '../errors.js';
import { grouped } from '../english.js';
import { parseEncoding } from '../ingest/decode.js';
import { parseDelimiter } from '../ingest/delimiter.js';
import type { Delimiter, Encoding, IngestOptions, IngestWarning } from '../ingest/types.js';
import {
  assertOutputPaths,
  KIND_WORDS,
  kindOf,
  outputPathFor,
  STDOUT,
  writeOutputs,
} from '../output.js';
import { reportFontCheck } from '../render/fonts.js';
import { shownPath, visibleControls, type Terminal } from './io.js';

/** The shared options as commander hands them over. */
export interface InputOptions {
  input?: string[];
  delimiter?: Delimiter;
  encoding?: Encoding;
  errorsOut?: string;
  skipInvalid?: boolean;
  quiet?: boolean;
  /** Input files given as plain arguments (`lsk-report validate exports/*.csv`). */
  files?: string[];
}

/** How many problems the terminal shows; `--errors-out` gets them all. */
export const PROBLEMS_SHOWN = 20;

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Adds the input files (as arguments) and the shared input options to a command. */
export function addInputOptions(command: Command): Command {
  return command
    .argument('[files...]', 'CSV exports to read; globs allowed (default: "input" in the config)')
    .addOption(
      new Option(
        '-i, --input <glob>',
        'CSV exports to read, as the arguments are; repeatable, globs allowed',
      ).argParser(collect),
    )
    .addOption(
      new Option(
        '--delimiter <char>',
        'force the delimiter: ";", "," or "tab" (default: detected)',
      ).argParser((value) => parseDelimiter(value) ?? invalid('use ";", "," or "tab"')),
    )
    .addOption(
      new Option(
        '--encoding <name>',
        'force the encoding: utf-8 or windows-1257 (default: detected)',
      ).argParser((value) => parseEncoding(value) ?? invalid('use utf-8 or windows-1257')),
    )
    .option(
      '--errors-out <file>',
      'write every problem and warning found to this file, one per line',
    )
    .option('--skip-invalid', 'leave invalid rows out instead of stopping (they are counted)');
}

function invalid(message: string): never {
  throw new InvalidArgumentError(message);
}

/**
 * Where input patterns come from, for messages: the command line (named as
 * `--input`), or the config's `input` (named by the config and the key, as
 * the config writes them).
 */
export interface InputOrigin {
  /** The config file as messages name it; absent for the command line. */
  config?: string;
  /** The patterns as the config writes them. */
  asWritten?: readonly string[];
}

/**
 * Expands input patterns into a sorted list of files without repeats: a file
 * named as it is, else a glob (relative to `cwd`, or absolute, with forward
 * slashes). A pattern matching nothing is a usage error: a typo must not
 * quietly shrink a report.
 */
export async function resolveInputFiles(
  patterns: readonly string[],
  cwd: string,
  origin: InputOrigin = {},
): Promise<string[]> {
  const files = new Set<string>();
  for (const [index, pattern] of patterns.entries()) {
    const problem = (what: InputProblem, kind = '') =>
      new UserError(inputProblem(pattern, origin.asWritten?.[index], origin.config, what, kind));
    const literal = resolve(cwd, pattern);
    const stat = statSync(literal, { throwIfNoEntry: false });
    const kind = stat === undefined ? null : kindOf(stat);
    if (kind === 'folder') throw problem('folder');
    if (kind === 'file') {
      files.add(literal);
      continue;
    }
    // A pipe (`/dev/stdin`, `<(…)`) cannot be read twice, as the head of an export is.
    if (kind !== null) throw problem('special', KIND_WORDS[kind]);
    const matches = await matchingFiles(pattern, cwd);
    if (matches.length === 0) throw problem(isDynamicPattern(pattern) ? 'no match' : 'no file');
    for (const match of matches) files.add(resolve(match));
  }
  return [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** What can be wrong with an input pattern; `special`: it names a pipe, a device or a socket. */
type InputProblem = 'folder' | 'no file' | 'no match' | 'special';

/**
 * What is wrong with an input pattern, named as the user wrote it: an option or the config's
 * key; `kind` says what a `special` path is (`a named pipe`).
 */
function inputProblem(
  pattern: string,
  asWritten: string | undefined,
  config: string | undefined,
  what: InputProblem,
  kind: string,
): string {
  const special = `is ${kind}, not a regular file; save the export as a file and name that`;
  if (config === undefined || asWritten === undefined) {
    if (what === 'special') return `--input ${pattern} ${special}`;
    if (what === 'folder')
      return `--input ${pattern} is a folder; name the files, e.g. "${pattern}/*.csv"`;
    return what === 'no match'
      ? `--input "${pattern}" matched no file`
      : `--input ${pattern}: no such file`;
  }
  const named = `${config}: input "${asWritten}"`;
  const from = "(input is taken from the config file's folder)";
  if (what === 'special') return `${named} ${special}`;
  if (what === 'folder') return `${named} is a folder; name the files, e.g. "${asWritten}/*.csv"`;
  return what === 'no match'
    ? `${named} matched no file ${from}`
    : `${named}: no such file ${from}`;
}

/**
 * The files a pattern matches, absolute. Folders at its start that exist under
 * their literal name are those folders, not a pattern: Windows names a copy
 * `Kopija (2)`, and as a glob `(2)` is a group that matches `2`, so
 * `Kopija (2)/*.csv` would match nothing (or the files of `Kopija 2`). The
 * rest of the pattern is a glob inside that folder, as written.
 */
async function matchingFiles(pattern: string, cwd: string): Promise<string[]> {
  const segments = pattern.split('/');
  let literal = '';
  for (let count = segments.length - 1; count > 0; count--) {
    const folder = segments.slice(0, count).join('/');
    // A folder without glob characters is the same either way, and so are those above it.
    if (!isDynamicPattern(folder)) break;
    if (statSync(resolve(cwd, folder), { throwIfNoEntry: false })?.isDirectory()) {
      literal = `${escapePath(folder)}/${segments.slice(count).join('/')}`;
      break;
    }
  }
  // Also without wildcards: a config's folder may be escaped (`Atskaites \(2021\)/a.csv`).
  return glob(literal || pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    expandDirectories: false,
  });
}

/**
 * How each file is named in messages and in the report: relative to `base`
 * (the config file's folder, see `ingestOptionsFrom`) when inside it, else by
 * its base name — never an absolute path, which would tie the JSON to one
 * machine's folders. Two
 * files that would share a name outside it keep as many of their folders
 * as tell them apart (`2021/kontakti.csv`, `2022/kontakti.csv`).
 */
export function displayNames(files: readonly string[], base: string): Map<string, string> {
  const inside = (file: string): string | null => {
    const rel = relative(base, file);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
      ? rel.split(sep).join('/')
      : null;
  };
  const tail = (file: string, depth: number) =>
    file.split(/[\\/]/).filter(Boolean).slice(-depth).join('/');
  const names = new Map<string, string>();
  for (const file of files) {
    let name = inside(file);
    for (let depth = 1; name === null; depth++) {
      const candidate = tail(file, depth);
      const taken = files.some(
        (other) => other !== file && (inside(other) ?? tail(other, depth)) === candidate,
      );
      if (!taken || candidate === tail(file, Infinity)) name = candidate;
    }
    names.set(file, name);
  }
  return names;
}

/** The input patterns given on the command line: arguments and `--input`, in that order. */
export function commandLineInputs(options: InputOptions): string[] {
  return [...(options.files ?? []), ...(options.input ?? [])];
}

/** The config's `input`: its patterns made absolute, and how messages name them. */
export interface ConfigInput extends InputOrigin {
  patterns: readonly string[];
}

/** The `input` of a loaded config, named in messages by the config's path from `cwd`. */
export function configInputOf(loaded: LoadedConfig, cwd: string): ConfigInput {
  return {
    patterns: loaded.config.input,
    asWritten: loaded.inputAsWritten,
    ...(loaded.path !== null ? { config: shownPath(loaded.path, cwd) } : {}),
  };
}

/**
 * The ingest options for a run: files on the command line win over the
 * config file's `input` (already absolute); with neither, a message says how
 * to point at data. Files are named relative to `namesBase`: the config
 * file's folder when there is one, so that the JSON and the annex do not
 * depend on where the command was run from.
 */
export async function ingestOptionsFrom(
  options: InputOptions,
  cwd: string,
  configInput: ConfigInput = { patterns: [] },
  namesBase: string = cwd,
): Promise<IngestOptions> {
  const given = commandLineInputs(options);
  if (given.length === 0 && configInput.patterns.length === 0) {
    throw new UserError(
      `no input: name the exports, e.g. lsk-report validate exports/*.csv, ` +
        `or list them under "input" in ${CONFIG_FILE_NAME}`,
      EXIT.usage,
    );
  }
  // Typed on Windows with backslashes; globs want forward slashes. Config patterns already have them.
  const files = given.length
    ? await resolveInputFiles(
        given.map((pattern) => pattern.split(sep).join('/')),
        cwd,
      )
    : await resolveInputFiles(configInput.patterns, cwd, configInput);
  // The problem list is written even when the run fails: it must not replace an export.
  if (options.errorsOut !== undefined) {
    assertOutputPaths([outputPathFor(options.errorsOut, null, cwd)], files, cwd);
  }
  const names = displayNames(files, namesBase);
  return {
    files,
    displayName: (file) => names.get(file) ?? basename(file),
    delimiter: options.delimiter,
    encoding: options.encoding,
    font: reportFontCheck,
  };
}

/** About how much text goes to the file at a time. */
const PIECE_CHARS = 1 << 20;

/** Lines as text of about `PIECE_CHARS` a piece: a million rows' problems are never one string. */
function* inPieces(lines: Iterable<string>, text: (line: string) => string): Iterable<string> {
  let piece = '';
  for (const line of lines) {
    piece += text(line);
    if (piece.length >= PIECE_CHARS) {
      yield piece;
      piece = '';
    }
  }
  if (piece !== '') yield piece;
}

/**
 * Prints the first problems (on stderr, or stdout for `validate`, whose
 * report they are part of) and, with `--errors-out`, writes all of them to
 * that file followed by every warning (an empty file when there is neither).
 */
export async function printProblems(
  terminal: Terminal,
  problems: readonly RowProblem[],
  errorsOut?: string,
  more: { warnings?: readonly IngestWarning[]; toStdout?: boolean } = {},
): Promise<void> {
  const print = (text: string) =>
    more.toStdout ? terminal.out(visibleControls(text)) : terminal.err(text);
  if (errorsOut !== undefined) {
    const lines = function* () {
      for (const problem of problems) yield formatProblem(problem);
      for (const warning of more.warnings ?? []) {
        yield `warning: ${warning.type}: ${warning.message}`;
      }
    };
    // Read with `cat` as often as in an editor: no file name in it may drive a terminal.
    const data = inPieces(lines(), (line) => visibleControls(`${line}\n`));
    await writeOutputs([{ path: errorsOut, data }], (bytes) => terminal.out(bytes));
  }
  for (const problem of problems.slice(0, PROBLEMS_SHOWN)) {
    print(`${formatProblem(problem)}\n`);
  }
  const hidden = problems.length - PROBLEMS_SHOWN;
  if (hidden > 0) {
    print(
      errorsOut !== undefined
        ? `… and ${grouped(hidden)} more (all ${grouped(problems.length)} are ${errorsOut === STDOUT ? 'on standard output' : `in ${errorsOut}`})\n`
        : `… and ${grouped(hidden)} more (use --errors-out FILE to get them all)\n`,
    );
  }
}
