import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, posix, resolve } from 'node:path';
import { convertPathToPattern } from 'tinyglobby';
import { EXIT, fileError, UserError } from '../errors.js';
import { parseJsonText, pathFromJson } from '../json.js';
import { formatZodIssues } from '../zod-issues.js';
import { configSchema, type Config } from './schema.js';

/** The config file looked for in the working directory when `--config` is not given. */
export const CONFIG_FILE_NAME = 'lsk-report.config.json';

export interface LoadedConfig {
  /** Validated, with defaults filled in and `input`/`logos` made absolute. */
  config: Config;
  /** The file read, absolute; null when defaults were used. */
  path: string | null;
  /** The directory relative paths were resolved against (the file's, else `cwd`). */
  dir: string;
  /** `input` as the file writes it, for messages. */
  inputAsWritten: readonly string[];
}

/**
 * Loads `--config FILE` (which must exist), else `lsk-report.config.json`
 * in `cwd` when there is one, else the defaults. A file that is not JSON or
 * breaks the schema is a UserError (exit 2) naming every bad key.
 */
export function loadConfig(path?: string, cwd: string = process.cwd()): LoadedConfig {
  const explicit = path !== undefined;
  const file = resolve(cwd, path ?? CONFIG_FILE_NAME);
  // Messages name the file as the user would: as given, or relative to cwd.
  const shownName = path ?? CONFIG_FILE_NAME;
  const text = readConfigText(file, shownName, explicit);
  if (text === null) {
    return { config: configSchema.parse({}), path: null, dir: cwd, inputAsWritten: [] };
  }
  const dir = dirname(file);
  const written = checkConfig(text, shownName);
  return { config: withPathsFrom(dir, written), path: file, dir, inputAsWritten: written.input };
}

/**
 * Validates config text; `input` and `logos` are resolved against `dir`.
 * Pure apart from path arithmetic, so tests can use it without files.
 */
export function parseConfig(text: string, fileName: string, dir: string): Config {
  return withPathsFrom(dir, checkConfig(text, fileName));
}

/** The config as the file writes it, validated, with defaults filled in (exit 2 naming every bad key). */
function checkConfig(text: string, fileName: string): Config {
  const data = parseJsonText(text, fileName);
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    const lines = formatZodIssues(parsed.error.issues, data, configSchema, fileName);
    throw new UserError(lines.join('\n'), EXIT.usage);
  }
  return parsed.data;
}

/** The config's paths (`input`, `logos`, the named periods' `notes`) taken from `dir`. */
function withPathsFrom(dir: string, config: Config): Config {
  return {
    ...config,
    input: config.input.map((glob) => resolveGlob(dir, pathFromJson(glob))),
    logos: config.logos.map((logo) => resolve(dir, pathFromJson(logo))),
    periods: Object.fromEntries(
      Object.entries(config.periods).map(([name, period]) => [
        name,
        period.notes === undefined
          ? period
          : { ...period, notes: resolve(dir, pathFromJson(period.notes)) },
      ]),
    ),
  };
}

/**
 * Makes a relative glob absolute against the config's folder. The folder is
 * escaped as a glob (and written with forward slashes, as globs want even on
 * Windows): a config in "Atskaites (2021)" must not read "(2021)" as a pattern.
 */
function resolveGlob(dir: string, glob: string): string {
  if (isAbsolute(glob)) return glob;
  return posix.normalize(`${convertPathToPattern(dir)}/${glob}`);
}

function readConfigText(file: string, shownName: string, explicit: boolean): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !explicit) return null;
    throw fileError(error, 'read config file', shownName, EXIT.usage);
  }
}
