import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentProblems, readArchival } from '../helpers/pdf-archive.js';
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

  it('carries the JSON written beside it, with XMP, output intent and PDF 1.7', async () => {
    expect(run.code, describeRun(run)).toBe(0);
    const json = readFileSync(join(cwd, 'report.json'), 'utf8');
    const reading = await readArchival(readFileSync(join(cwd, 'report.pdf')));
    expect(documentProblems(reading, { json })).toEqual([]);
    expect(reading.attachments[0]?.content.toString('utf8')).toBe(json);
  });
});
