import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { compareStatistics } from '../diff/compare.js';
import { DIFF_FORMATS, formatDifferences, type DiffFormat } from '../diff/format.js';
import { EXIT, UserError } from '../errors.js';
import { parseStatisticsJson } from '../stats/serialize.js';
import type { Terminal } from './io.js';

/** `lsk-report diff A.json B.json`: every figure that differs; exit 1 when any does. */
export function registerDiff(program: Command, terminal: Terminal): void {
  program
    .command('diff')
    .description('compare two statistics JSON files figure by figure (exit 0 equal, 1 different)')
    .argument('<a>', 'statistics JSON (e.g. the earlier period)')
    .argument('<b>', 'statistics JSON to compare with')
    .addOption(
      new Option('--format <format>', 'output format').choices(DIFF_FORMATS).default('table'),
    )
    .action(async (a: string, b: string, options: { format: DiffFormat }) => {
      const [statsA, statsB] = await Promise.all([readStatistics(a), readStatistics(b)]);
      const differences = compareStatistics(statsA, statsB);
      terminal.out(formatDifferences(differences, options.format));
      process.exitCode = differences.length === 0 ? EXIT.ok : EXIT.invalidData;
    });
}

async function readStatistics(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code}`);
  }
  return parseStatisticsJson(text, path);
}
