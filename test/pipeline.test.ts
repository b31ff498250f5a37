import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/load.js';
import { parsePeriod } from '../src/period.js';
import { buildReports, InvalidRowsError, reportRendered, type ReportJob } from '../src/pipeline.js';

/** A job on the sample export, with these logos; the PDF stays in memory. */
function job(logos: string[]): ReportJob {
  const dir = mkdtempSync(join(tmpdir(), 'lsk-pipeline-'));
  return {
    targets: [
      { period: parsePeriod('2021-06-01', '2021-11-30'), pdfPath: 'r.pdf', jsonPath: null },
    ],
    ingest: { files: [resolve('fixtures/sample/2021-07-12-contacts.csv')] },
    skipInvalid: false,
    config: parseConfig(JSON.stringify({ logos }), 'cfg.json', dir),
    configDir: dir,
    generatedOn: new Date(Date.UTC(2021, 11, 1)),
  };
}

describe('reportRendered', () => {
  // The CLI's code cache is marked as holding the renderer's code only after a report was
  // drawn: a first run that failed while rendering would otherwise mark it for good.
  it('stays false when rendering fails, and turns true once a report is drawn', async () => {
    const damaged = job(['logo.png']);
    writeFileSync(join(damaged.configDir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await expect(buildReports(damaged)).rejects.toThrow(/logo\.png is a damaged image/);
    expect(reportRendered()).toBe(false);

    const result = await buildReports(job([]));
    expect(result.reports[0]!.pdf!.subarray(0, 5).toString()).toBe('%PDF-');
    expect(reportRendered()).toBe(true);
  });
});

describe('InvalidRowsError', () => {
  it('counts rows and problems apart, and speaks of one row in the singular', () => {
    const problem = {
      file: 'a.csv',
      line: 3,
      column: 'gender',
      reason: 'gender.unknown',
      message: 'x',
    };
    const error = new InvalidRowsError([problem, { ...problem, column: 'citizenship' }]);
    expect(error.message).toBe(
      '1 invalid row (2 problems); no report was written. Fix the row, or use ' +
        '--skip-invalid to leave it out (the annex lists it).',
    );
  });
});
