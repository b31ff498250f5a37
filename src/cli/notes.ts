/**
 * Which notes file a report takes (`--notes`, a `periods.json` entry's
 * `notes`, or the config's named period of the same dates), read and checked
 * before the exports are: a bad heading stops the run at once (exit 2).
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Config } from '../config/schema.js';
import { EXIT, fileError } from '../errors.js';
import { parseNotes, type ReportNotes } from '../notes.js';
import type { Period } from '../period.js';

/** The notes file of `period` in the config: the named period with the same dates that names one. */
export function configNotesFile(config: Config, period: Period): string | undefined {
  const named = Object.values(config.periods).find(
    (candidate) =>
      candidate.from === period.from && candidate.to === period.to && candidate.notes !== undefined,
  );
  return named?.notes;
}

/** Reads and parses a notes file (`path` relative to `cwd`; shown as given, or from `cwd`). */
export function readNotes(path: string, cwd: string, config: Config): ReportNotes {
  const file = resolve(cwd, path);
  const shown = relative(cwd, file) || path;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw fileError(error, 'read notes file', shown, EXIT.usage);
  }
  return parseNotes(text, shown, { billing: config.billing !== null });
}
