/**
 * `batch --check` against a cumulative export: a report is stale only when
 * its figures changed, whatever else the new export changed, and wherever
 * the command runs from.
 */
import { copyFileSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRun, ROOT, runCli, tempDir } from '../helpers/run-cli.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1638316800' };
const SMALL = readFileSync(join(ROOT, 'fixtures/report/small.csv'), 'utf8');
const JULY_ROW = '01.07.2021;K005;;M;1990;IQ;PM;SM;housing;;M2;;\n';
const AUGUST_ROW = '02.08.2021;K006;;F;1995;IQ;PM;SM;housing;;M2;;\n';

/** A project: the export, a config reading it, monthly periods for May–July 2021. */
function project(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'exports'));
  mkdirSync(join(dir, 'elsewhere'));
  writeFileSync(join(dir, 'exports/contacts.csv'), SMALL);
  writeFileSync(join(dir, 'cfg.json'), JSON.stringify({ input: ['exports/*.csv'] }));
  writeFileSync(
    join(dir, 'periods.json'),
    JSON.stringify({
      config: 'cfg.json',
      outDir: 'reports',
      periods: [{ period: '2021-05' }, { period: '2021-06' }, { period: '2021-07' }],
    }),
  );
  const made = runCli(['batch', '--periods', 'periods.json', '-q'], { cwd: dir, env: EPOCH });
  expect(made.code, describeRun(made)).toBe(0);
  return dir;
}

/** `file: status` lines of a check, by file name. */
function statuses(stdout: string): Map<string, string> {
  return new Map(
    stdout
      .trim()
      .split('\n')
      .map((line) => {
        const [, file, status] = /^(?:.*\/)?([^/]+?): (.*)$/.exec(line)!;
        return [file!, status!];
      }),
  );
}

describe('batch --check on a cumulative re-export', () => {
  const dir = project();
  const check = (cwd: string, periods: string, env = EPOCH) =>
    runCli(['batch', '--periods', periods, '--check'], { cwd, env });

  it('is up to date right after generating, also run from another folder', () => {
    const here = check(dir, 'periods.json');
    expect(here.code, describeRun(here)).toBe(0);
    expect([...statuses(here.stdout).values()]).toEqual(Array(6).fill('up to date'));
    const there = check(join(dir, 'elsewhere'), '../periods.json');
    expect(there.code, describeRun(there)).toBe(0);
    expect(there.stdout).toContain('../reports/lsk-report_2021-05-01_2021-05-31.json: up to date');
  });

  it('stays green when a re-export appends a month and leaves the figures as they were', () => {
    // A new export under a new name, one month longer: every digest and row count changes.
    copyFileSync(join(dir, 'exports/contacts.csv'), join(dir, 'contacts-june.csv'));
    writeFileSync(join(dir, 'exports/contacts.csv'), SMALL + AUGUST_ROW);
    const run = check(dir, 'periods.json');
    expect(run.code, describeRun(run)).toBe(0);
    const byFile = statuses(run.stdout);
    expect(byFile.get('lsk-report_2021-07-01_2021-07-31.json')).toBe(
      'up to date (figures unchanged; only provenance or the generation date differs)',
    );
    expect(run.stderr).toContain('All 6 files are up to date.');
  });

  it('flags exactly the periods whose figures changed when a 2021 row is corrected too', () => {
    writeFileSync(
      join(dir, 'exports/contacts.csv'),
      SMALL.replace(JULY_ROW, JULY_ROW.replace('housing', 'legal')) + AUGUST_ROW,
    );
    const run = check(dir, 'periods.json');
    expect(run.code, describeRun(run)).toBe(3);
    const byFile = statuses(run.stdout);
    for (const month of ['05', '06']) {
      for (const ext of ['json', 'pdf']) {
        expect(
          byFile.get(
            `lsk-report_2021-${month}-01_2021-${month}-${month === '05' ? 31 : 30}.${ext}`,
          ),
        ).toMatch(/^up to date/);
      }
    }
    for (const ext of ['json', 'pdf']) {
      expect(byFile.get(`lsk-report_2021-07-01_2021-07-31.${ext}`)).toBe(
        'figures changed: services[housing].contacts 1 → (none), services[housing].clients 1 → (none), services[legal].contacts (none) → 1, … and 1 more',
      );
    }
    expect(run.stderr).toContain('2 of 6 files need regenerating');

    // Without a fixed date, PDFs are judged by their figures alone: the same verdict.
    const undated = check(dir, 'periods.json', { SOURCE_DATE_EPOCH: '' });
    expect(undated.code, describeRun(undated)).toBe(3);
    expect(statuses(undated.stdout)).toEqual(statusesWithoutProvenance(byFile));
  });

  it('says "missing" for a report not on disk, and regenerating makes it green again', () => {
    const regenerated = runCli(['batch', '--periods', 'periods.json', '-q'], {
      cwd: dir,
      env: EPOCH,
    });
    expect(regenerated.code, describeRun(regenerated)).toBe(0);
    writeFileSync(
      join(dir, 'periods.json'),
      JSON.stringify({
        config: 'cfg.json',
        periods: [{ period: '2021-06' }, { period: '2021-Q2' }],
      }),
    );
    const run = check(dir, 'periods.json');
    expect(run.code, describeRun(run)).toBe(3);
    expect(statuses(run.stdout).get('lsk-report_2021-04-01_2021-06-30.pdf')).toBe('missing');
    expect(statuses(run.stdout).get('lsk-report_2021-06-01_2021-06-30.pdf')).toBe('up to date');
  });

  it('keeps invalid data (exit 1) apart from stale reports (exit 3)', () => {
    writeFileSync(
      join(dir, 'exports/contacts.csv'),
      SMALL + '03.08.2021;K007;;Q;1995;IQ;PM;SM;housing;;M2;;\n',
    );
    const run = check(dir, 'periods.json');
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stderr).toContain('contacts.csv:8: gender');
  });
});

/** Without SOURCE_DATE_EPOCH, an unchanged PDF is "up to date" (bytes are not compared). */
function statusesWithoutProvenance(byFile: Map<string, string>): Map<string, string> {
  return new Map(
    [...byFile].map(([file, status]) => [
      file,
      file.endsWith('.pdf') && status.startsWith('up to date') ? 'up to date' : status,
    ]),
  );
}

describe('batch --check on a report file that cannot be one', () => {
  it('does not read a file over 256 MB where a report should be: it needs regenerating (exit 3)', () => {
    const dir = project();
    // A sparse file: 300 MB to the tool, nothing on the disk.
    truncateSync(join(dir, 'reports/lsk-report_2021-06-01_2021-06-30.json'), 300 * 1024 * 1024);
    const run = runCli(['batch', '--periods', 'periods.json', '--check'], { cwd: dir, env: EPOCH });
    expect(run.code, describeRun(run)).toBe(3);
    expect(statuses(run.stdout).get('lsk-report_2021-06-01_2021-06-30.json')).toMatch(
      /over 256 MB, more than a statistics JSON or a report PDF of lsk-report ever is/,
    );
  });
});

describe('batch --check counts', () => {
  it('groups thousands in its verdict as in every other count: "1,200 of 1,200 files"', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'contacts.csv'), SMALL);
    const periods = Array.from({ length: 600 }, (_, i) => ({
      from: '2021-06-01',
      to: '2021-06-30',
      out: `reports/r${i}.pdf`,
    }));
    writeFileSync(join(dir, 'periods.json'), JSON.stringify({ periods }));
    const run = runCli(['batch', '--periods', 'periods.json', '--check', 'contacts.csv'], {
      cwd: dir,
      env: { SOURCE_DATE_EPOCH: '' },
    });
    expect(run.code, describeRun(run)).toBe(3);
    expect(run.stderr).toContain('1,200 of 1,200 files need regenerating');
  }, 60_000);
});

describe('batch --check on reports whose figures and provenance are as they were', () => {
  it('says what differs in a PDF made with edited wording: not provenance, which is the same', () => {
    const dir = project();
    mkdirSync(join(dir, 'mytpl/lv'), { recursive: true });
    const staff = readFileSync(join(ROOT, 'templates/lv/staff.hbs'), 'utf8');
    writeFileSync(join(dir, 'mytpl/lv/staff.hbs'), `Labots. ${staff}`);
    const run = runCli(['batch', '--periods', 'periods.json', '--check', '--templates', 'mytpl'], {
      cwd: dir,
      env: EPOCH,
    });
    expect(run.code, describeRun(run)).toBe(0);
    const byFile = statuses(run.stdout);
    expect(byFile.get('lsk-report_2021-06-01_2021-06-30.pdf')).toBe(
      'up to date (figures unchanged; only its text, layout or generation date differs)',
    );
    expect(byFile.get('lsk-report_2021-06-01_2021-06-30.json')).toBe('up to date');
  });

  it('says a JSON differs only in its formatting when it was reformatted by hand', () => {
    const dir = project();
    const file = join(dir, 'reports/lsk-report_2021-06-01_2021-06-30.json');
    writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))));
    const run = runCli(['batch', '--periods', 'periods.json', '--check'], { cwd: dir, env: EPOCH });
    expect(run.code, describeRun(run)).toBe(0);
    expect(statuses(run.stdout).get('lsk-report_2021-06-01_2021-06-30.json')).toBe(
      'up to date (figures unchanged; only its formatting differs)',
    );
  });
});
