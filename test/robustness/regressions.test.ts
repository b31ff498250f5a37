/**
 * Inputs the fuzz suites once failed on (fixtures/robustness/README.md says
 * what each one broke), run on every test run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRun, ROOT, runCli } from '../helpers/run-cli.js';
import { expectWellFormed, ingestFile, STACK_TRACE } from './harness.js';

const DIR = join(ROOT, 'fixtures', 'robustness');
const CASES = readdirSync(DIR)
  .filter((name) => name.endsWith('.csv'))
  .sort();

/** Ids and free text in the rows of those files (Windows-1257 there, text here). */
const PRIVATE = ['K-00', 'G-00', 'SD-0', 'SM-1', 'kopā ar ģimeni', 'Jelgava'];

describe('robustness regressions (fixtures/robustness)', () => {
  it('has cases', () => {
    expect(CASES).toEqual(['header-after-data.csv', 'no-header-line.csv']);
  });

  it.each(CASES)('%s: a data row read as the header is described, not quoted', async (name) => {
    const outcome = await ingestFile(join(DIR, name));
    expectWellFormed(outcome, readFileSync(join(DIR, name)));
    expect(outcome.kind).toBe('user-error');
    if (outcome.kind !== 'user-error') return;
    expect(outcome.error.exitCode).toBe(1);
    expect(outcome.error.message).toMatch(/^export\.csv:1: header: missing required columns /);
    expect(outcome.error.message).toContain(
      'found a line of 17 fields that names no column (is the header line missing, or is a title row above it?',
    );
    for (const text of PRIVATE) expect(outcome.error.message).not.toContain(text);
  });

  it('the same through validate on the command line', () => {
    const run = runCli(['validate', '-i', join(DIR, 'no-header-line.csv')]);
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stderr).toContain('no-header-line.csv:1: header: missing required columns');
    expect(run.stderr).not.toMatch(STACK_TRACE);
    for (const text of PRIVATE) expect(run.stderr).not.toContain(text);
  });
});
