/**
 * The options every command that reads exports shares (`--input`,
 * `--delimiter`, `--encoding`, `--errors-out`, `--skip-invalid`, `--quiet`),
 * turning them into `IngestOptions`, and printing the problems found.
 */
import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { glob } from 'tinyglobby';
import { CONFIG_FILE_NAME } from '../config/load.js';
import { EXIT, formatProblem, UserError, type RowProblem } from '../errors.js';
import { parseEncoding } from '../ingest/decode.js';
import { parseDelimiter } from '../ingest/delimiter.js';
import type { Delimiter, Encoding, IngestOptions } from '../ingest/types.js';
import { assertNotOverwritingInputs } from '../output.js';
import type { Terminal } from './io.js';

/** The shared options as commander hands them over. */
export interface InputOptions {
  input?: string[];
  delimiter?: Delimiter;
  encoding?: Encoding;
  errorsOut?: string;
  skipInvalid?: boolean;
  quiet?: boolean;
}

/** How many problems the terminal shows; `--errors-out` gets them all. */
export const PROBLEMS_SHOWN = 20;

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Adds the shared input options to a command. */
export function addInputOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '-i, --input <glob>',
        'CSV export(s) to read; repeatable, globs allowed (default: "input" in the config file)',
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
    .option('--errors-out <file>', 'write every problem found to this file, one per line')
    .option('--skip-invalid', 'leave invalid rows out instead of stopping (they are counted)')
    .option('-q, --quiet', 'print nothing but problems');
}

function invalid(message: string): never {
  throw new InvalidArgumentError(message);
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Expands `--input` patterns (relative to `cwd`, or absolute) into a sorted
 * list of files without repeats. A pattern matching nothing is a usage error:
 * a typo must not quietly shrink a report.
 */
export async function resolveInputFiles(
  patterns: readonly string[],
  cwd: string,
): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    const literal = resolve(cwd, pattern);
    const stat = statSync(literal, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      throw new UserError(
        `--input ${pattern} is a folder; name the files, e.g. "${pattern}/*.csv"`,
      );
    }
    if (stat?.isFile()) {
      files.add(literal);
      continue;
    }
    const matches = GLOB_CHARS.test(pattern)
      ? await glob(pattern.split(sep).join('/'), {
          cwd,
          absolute: true,
          onlyFiles: true,
          expandDirectories: false,
        })
      : [];
    if (matches.length === 0) {
      throw new UserError(
        GLOB_CHARS.test(pattern)
          ? `--input "${pattern}" matched no file`
          : `--input ${pattern}: no such file`,
      );
    }
    for (const match of matches) files.add(resolve(match));
  }
  return [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * How a file is named in messages and in the report: relative to the working
 * directory when inside it, else by its base name — never an absolute path,
 * which would tie the JSON to one machine's folders.
 */
export function displayName(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
    ? rel.split(sep).join('/')
    : basename(file);
}

/**
 * The ingest options for a run: `--input` wins over the config file's
 * `input` (already absolute); with neither, a message says how to point at data.
 */
export async function ingestOptionsFrom(
  options: InputOptions,
  cwd: string,
  configInput: readonly string[] = [],
): Promise<IngestOptions> {
  const patterns = options.input?.length ? options.input : configInput;
  if (patterns.length === 0) {
    throw new UserError(
      `no input: give the exports with --input, e.g. --input "exports/*.csv", ` +
        `or list them under "input" in ${CONFIG_FILE_NAME}`,
      EXIT.usage,
    );
  }
  const files = await resolveInputFiles(patterns, cwd);
  // The problem list is written even when the run fails: it must not replace an export.
  if (options.errorsOut !== undefined) assertNotOverwritingInputs([options.errorsOut], files, cwd);
  return {
    files,
    displayName: (file) => displayName(file, cwd),
    delimiter: options.delimiter,
    encoding: options.encoding,
  };
}

/**
 * Prints the first problems on the terminal and, with `--errors-out`, writes
 * all of them to that file (an empty file when there are none).
 */
export async function printProblems(
  terminal: Terminal,
  problems: readonly RowProblem[],
  errorsOut?: string,
): Promise<void> {
  if (errorsOut !== undefined) {
    try {
      await writeFile(errorsOut, problems.map((p) => `${formatProblem(p)}\n`).join(''));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new UserError(`cannot write --errors-out ${errorsOut}: ${code}`);
    }
  }
  for (const problem of problems.slice(0, PROBLEMS_SHOWN)) {
    terminal.err(`${formatProblem(problem)}\n`);
  }
  const more = problems.length - PROBLEMS_SHOWN;
  if (more > 0) {
    terminal.err(
      errorsOut !== undefined
        ? `… and ${more} more (all ${problems.length} are in ${errorsOut})\n`
        : `… and ${more} more (use --errors-out FILE to get them all)\n`,
    );
  }
}
