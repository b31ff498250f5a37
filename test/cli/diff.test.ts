/**
 * `lsk-report diff` as analysts use it, on the sample reports committed under
 * examples/ and on statistics files of earlier versions (fixtures/statistics/).
 */
import { mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRun, ROOT, runCli, tempDir } from '../helpers/run-cli.js';

const REPORTS = join(ROOT, 'examples/contract-periods');
const H1 = join(REPORTS, 'lsk-report_2021-01-01_2021-06-30.json');
const H1_BEFORE_COMPARISON = join(ROOT, 'fixtures/statistics/2021H1-before-comparison.json');
const CONFIG = join(ROOT, 'fixtures/sample/lsk-report.config.json');

describe('statistics written by an earlier version', () => {
  it('diff reads a file without "comparison" and shows that key as the only change', () => {
    const run = runCli(['diff', H1_BEFORE_COMPARISON, H1, '--format', 'json']);
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stderr).toBe('');
    const keys = JSON.parse(run.stdout).map((row: { key: string }) => row.key);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toMatch(/^comparison\./);

    const same = runCli(['diff', H1_BEFORE_COMPARISON, H1_BEFORE_COMPARISON]);
    expect(same.code, describeRun(same)).toBe(0);
  });

  it('batch --check calls it stale for the comparison it lacks, not unreadable', () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'out'));
    copyFileSync(H1_BEFORE_COMPARISON, join(cwd, 'out/lsk-report_2021-01-01_2021-06-30.json'));
    writeFileSync(
      join(cwd, 'periods.json'),
      JSON.stringify({ config: CONFIG, outDir: 'out', periods: [{ period: '2021H1' }] }),
    );
    const run = runCli(['batch', '--periods', 'periods.json', '--check'], {
      cwd,
      env: { SOURCE_DATE_EPOCH: '' },
    });
    expect(run.code, describeRun(run)).toBe(3);
    expect(run.stdout).toContain(
      'out/lsk-report_2021-01-01_2021-06-30.json: figures changed: comparison.period.from (none) → 2020-07-01',
    );
    expect(run.stdout).not.toContain('not a statistics JSON');
  });
});
