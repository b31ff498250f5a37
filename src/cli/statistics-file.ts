/**
 * Reads a statistics file for `diff`, `batch --check` and `extract`: a
 * statistics JSON, a report PDF carrying one, or `-` for standard input.
 */
import { readFile, stat } from 'node:fs/promises';
import { embeddedStatisticsJson, isPdf } from '../embedded-statistics.js';
import { fileError, UserError } from '../errors.js';
import type { StoredStatistics } from '../model/statistics.js';
import { parseStatisticsJson } from '../stats/serialize.js';

/**
 * The largest statistics file read. A report with its logos is a few megabytes; a
 * bound keeps a wrong file (a disk image, a video) from taking the memory and
 * time of reading it whole.
 */
export const MAX_STATISTICS_FILE_BYTES = 256 * 1024 * 1024;

/** Why a file over the bound is not read, after its name. */
export const TOO_LARGE =
  `over ${MAX_STATISTICS_FILE_BYTES / 1024 / 1024} MB, more than a statistics JSON or a report ` +
  'PDF of lsk-report ever is; name the JSON or PDF that lsk-report wrote';

function tooLarge(shown: string): UserError {
  return new UserError(`${shown}: ${TOO_LARGE}`);
}

/** The bytes of a file, or of standard input for `-`; a UserError naming the file if unreadable or too large. */
export async function readInputBytes(path: string): Promise<Buffer> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    let bytes = 0;
    for await (const chunk of process.stdin) {
      chunks.push(Buffer.from(chunk as Uint8Array));
      bytes += (chunk as Uint8Array).length;
      if (bytes > MAX_STATISTICS_FILE_BYTES) throw tooLarge('standard input');
    }
    return Buffer.concat(chunks);
  }
  try {
    if ((await stat(path)).size > MAX_STATISTICS_FILE_BYTES) throw tooLarge(path);
    return await readFile(path);
  } catch (error) {
    throw fileError(error, 'read', path);
  }
}

/** The statistics JSON text of a file's bytes: the file itself, or the one a PDF carries. */
export function statisticsText(bytes: Uint8Array, name: string): string {
  return isPdf(bytes) ? embeddedStatisticsJson(bytes, name) : Buffer.from(bytes).toString('utf8');
}

/** Reads and checks the statistics of a JSON or PDF file (`-`: standard input). */
export async function readStatisticsFile(path: string): Promise<StoredStatistics> {
  const name = path === '-' ? 'standard input' : path;
  const bytes = await readInputBytes(path);
  return parseStatisticsJson(statisticsText(bytes, name), name);
}
