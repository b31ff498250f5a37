import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allElements,
  documentProblems,
  readArchival,
  taggingProblems,
  type ArchivalReading,
} from '../helpers/pdf-archive.js';
import { describeRun, ROOT, runCli, tempDir } from '../helpers/run-cli.js';

/**
 * The built CLI's reports checked as PDF/A-3a and PDF/UA-1 files
 * (test/helpers/pdf-archive.ts), on the shipped sample and on a long and a
 * short period of it: the bundle must find the ICC profile as the sources do.
 */

const CONFIG = join(ROOT, 'fixtures/sample/lsk-report.config.json');
const EPOCH = { SOURCE_DATE_EPOCH: '1638316800' }; // 2021-12-01

const PERIODS = [
  ['the sample period', '2021-06-01', '2021-11-30'],
  ['a long period', '2021-01-01', '2021-12-31'],
  ['a short period', '2021-06-01', '2021-06-07'],
] as const;

describe.each(PERIODS)('the report of %s as an archival PDF', (_, from, to) => {
  const cwd = tempDir();
  const run = runCli(
    ['--config', CONFIG, '--from', from, '--to', to, '--out', 'report.pdf', '--quiet'],
    { cwd, env: EPOCH },
  );

  let reading: ArchivalReading;

  it('carries the JSON written beside it, with XMP, output intent and PDF 1.7', async () => {
    expect(run.code, describeRun(run)).toBe(0);
    const json = readFileSync(join(cwd, 'report.json'), 'utf8');
    reading = await readArchival(readFileSync(join(cwd, 'report.pdf')));
    expect(documentProblems(reading, { json })).toEqual([]);
    expect(reading.attachments[0]?.content.toString('utf8')).toBe(json);
  });

  it('has every piece of content tagged or an artifact, and a bookmark per section', () => {
    expect(taggingProblems(reading)).toEqual([]);
    const sections = allElements(reading.tree).filter((e) => e.role === 'H2');
    expect(sections.length).toBeGreaterThanOrEqual(10);
  });

  it('gives every Table one header row, the one tagged as TH', () => {
    const tables = allElements(reading.tree).filter((e) => e.role === 'Table');
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const headerRows = table.children.filter((row) => row.children.some((c) => c.role === 'TH'));
      expect(headerRows).toHaveLength(1);
    }
  });
});
