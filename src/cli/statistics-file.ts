/**
 * Reads a statistics file for `diff`, `batch --check` and `extract`: a
 * statistics JSON, a report PDF carrying one, or `-` for standard input.
 */
import { readFile } from 'node:fs/promises';
import { embeddedStatisticsJson, isPdf } from '../embedded-statistics.js';
import { fileError } from '../errors.js';
import type { StoredStatistics } from '../model/statistics.js';
import { parseStatisticsJson } from '../stats/serialize.js';

/** The bytes of a file, or of standard input for `-`; a UserError naming the file if unreadable. */
export async function readInputBytes(path: string): Promise<Buffer> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks);
  }
  try {
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
