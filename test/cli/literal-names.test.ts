/**
 * Input patterns whose folders have names a glob would misread: Windows names
 * a copy `Kopija (2)`, where `(2)` is a glob group matching `2`. A folder that
 * exists under its literal name is that folder; the rest is a glob inside it.
 */
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRun, ROOT, runCli, tempDir } from '../helpers/run-cli.js';

const SMALL = join(ROOT, 'fixtures', 'report', 'small.csv');

/** A temporary directory with `small.csv` copied to each of `files`. */
function dirWithCopies(...files: string[]): string {
  const dir = tempDir();
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    cpSync(SMALL, join(dir, file));
  }
  return dir;
}

describe('a folder named with parentheses', () => {
  it('is read by a pattern inside it ("Kopija (2)/*.csv")', () => {
    const cwd = dirWithCopies('Kopija (2)/kontakti.csv');
    const run = runCli(['validate', '-i', 'Kopija (2)/*.csv'], { cwd });
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stdout).toContain('Kopija (2)/kontakti.csv');
    expect(run.stdout).toContain('Rows: 6 read, 6 valid');
  });

  it('is that folder, not the folder the pattern would match as a glob ("Kopija 2")', () => {
    const cwd = dirWithCopies('Kopija (2)/a.csv', 'Kopija 2/b.csv');
    const run = runCli(['validate', 'Kopija (2)/*.csv'], { cwd });
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stdout).toContain('Kopija (2)/a.csv');
    expect(run.stdout).not.toContain('b.csv');
  });

  it('is found deeper in a path, and a pattern matching nothing inside it is still an error', () => {
    const cwd = dirWithCopies('eksporti/Kopija (2)/2021 (1)/a.csv');
    const run = runCli(['validate', '-i', 'eksporti/Kopija (2)/2021 (1)/*.csv'], { cwd });
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stdout).toContain('Kopija (2)/2021 (1)/a.csv');
    const none = runCli(['validate', '-i', 'eksporti/Kopija (2)/*.txt'], { cwd });
    expect(none.code, describeRun(none)).toBe(2);
    expect(none.stderr).toContain('--input "eksporti/Kopija (2)/*.txt" matched no file');
  });
});
