/**
 * A batch renders its reports on more than one thread (src/render-threads.ts)
 * when the machine has the cores: the same bytes as on one thread, and a
 * report that cannot be rendered fails the run as it would on one thread.
 */
import { appendFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { STACK_TRACE } from '../robustness/harness.js';
import { describeRun, runCli, ROOT, tempDir } from '../helpers/run-cli.js';

const SAMPLE = join(ROOT, 'fixtures', 'sample');
// Enough reports for a worker thread to be started (one per three reports beyond the first).
const MONTHS = ['2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06', '2021-07'];
const FIXED = { SOURCE_DATE_EPOCH: '1640995200' };

/** A logo: a small PNG (it reaches a worker thread as bytes). */
function logo(): Buffer {
  const canvas = createCanvas(120, 40);
  const context = canvas.getContext('2d');
  context.fillStyle = '#c8102e';
  context.fillRect(0, 0, 120, 40);
  return canvas.toBuffer('image/png');
}

/** A folder with a periods file naming `MONTHS` and a config reading the sample, with a logo. */
function batchDir(): string {
  const cwd = tempDir();
  writeFileSync(
    join(cwd, 'periods.json'),
    JSON.stringify({ outDir: 'out', periods: MONTHS.map((period) => ({ period })) }),
  );
  const config = JSON.parse(readFileSync(join(SAMPLE, 'lsk-report.config.json'), 'utf8'));
  config.input = [join(SAMPLE, '*.csv').split('\\').join('/')];
  writeFileSync(join(cwd, 'logo.png'), logo());
  config.logos = ['logo.png'];
  delete config.$schema;
  writeFileSync(join(cwd, 'cfg.json'), JSON.stringify(config));
  return cwd;
}

const batch = (cwd: string, threads: string, ...more: string[]) =>
  runCli(['batch', '--periods', 'periods.json', '--config', 'cfg.json', '-q', ...more], {
    cwd,
    env: { ...FIXED, LSK_REPORT_THREADS: threads },
  });

describe('rendering a batch on more than one thread', () => {
  it('writes the same bytes as on one thread', () => {
    const one = batchDir();
    const two = batchDir();
    const runs = [batch(one, '1'), batch(two, '2')];
    for (const run of runs) expect(run.code, describeRun(run)).toBe(0);
    const files = readdirSync(join(one, 'out')).sort();
    expect(files).toHaveLength(2 * MONTHS.length);
    expect(readdirSync(join(two, 'out')).sort()).toEqual(files);
    for (const file of files) {
      const bytes = readFileSync(join(two, 'out', file));
      expect(bytes.equals(readFileSync(join(one, 'out', file))), file).toBe(true);
    }
  });

  it('fails as on one thread when a report cannot be rendered: the message, exit 2, nothing written', () => {
    const runs = ['1', '2'].map((threads) => {
      const cwd = batchDir();
      // A template naming a figure that does not exist fails while each report is rendered.
      cpSync(join(ROOT, 'templates'), join(cwd, 'templates'), { recursive: true });
      appendFileSync(join(cwd, 'templates', 'lv', 'summary.hbs'), '{{clients.nwe}}');
      return { cwd, run: batch(cwd, threads, '--templates', 'templates') };
    });
    for (const { cwd, run } of runs) {
      expect(run.code, describeRun(run)).toBe(2);
      expect(run.stderr).toMatch(/summary\.hbs:\d+: .*clients\.nwe/);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(readdirSync(cwd).sort()).toEqual([
        'cfg.json',
        'logo.png',
        'periods.json',
        'templates',
      ]);
    }
    const [one, two] = runs.map(({ cwd, run }) => run.stderr.split(cwd).join('<folder>'));
    expect(two).toBe(one);
  });

  it('LSK_REPORT_THREADS must be a whole number (exit 2)', () => {
    const run = batch(batchDir(), 'two');
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toContain('LSK_REPORT_THREADS must be a whole number of threads');
  });
});
