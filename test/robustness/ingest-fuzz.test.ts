/**
 * Bad input never crashes ingest: whatever the bytes, it either resolves
 * with well-formed problems or throws a UserError (exit 1 or 2) with a short
 * message naming the file — never another exception, never a hang.
 * Seeds are fixed (`SEED`); fast-check prints the seed and path of a failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors.js';
import type { IngestOptions } from '../../src/ingest/types.js';
import {
  generatedCsv,
  mutatedExport,
  plantedExport,
  randomBytes,
  renderCsv,
  VALID_BASES,
} from './arbitraries.js';
import { assertProperty, expectWellFormed, ingestFile, SCALE, SEED, writeCase } from './harness.js';

const RUNS = 200 * SCALE;

/** Forced reading options a user might pass, wrong ones included. */
const forced: fc.Arbitrary<Partial<IngestOptions>> = fc.record(
  {
    delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
    encoding: fc.constantFrom('utf-8' as const, 'windows-1257' as const),
  },
  { requiredKeys: [] },
);

async function check(bytes: Uint8Array, options: Partial<IngestOptions> = {}): Promise<void> {
  expectWellFormed(await ingestFile(writeCase(bytes), options), bytes);
}

describe('ingest on hostile input (fast-check, seed ' + SEED + ')', () => {
  it('reads every shipped base file cleanly (the mutations start from valid exports)', async () => {
    for (const base of VALID_BASES) {
      const outcome = await ingestFile(writeCase(base));
      expect(outcome.kind).toBe('ok');
      if (outcome.kind === 'ok') expect(outcome.result.problems).toEqual([]);
    }
  });

  it('random bytes', async () => {
    await assertProperty(
      fc.asyncProperty(randomBytes, (bytes) => check(bytes)),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('generated CSV: odd headers, quotes, delimiters, encodings and huge fields', async () => {
    await assertProperty(
      fc.asyncProperty(generatedCsv, forced, (csv, options) => check(renderCsv(csv), options)),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('random mutations of valid exports', async () => {
    await assertProperty(
      fc.asyncProperty(mutatedExport, (bytes) => check(bytes)),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });

  it('random mutations of valid exports, read with forced options', async () => {
    await assertProperty(
      fc.asyncProperty(mutatedExport, forced, (bytes, options) => check(bytes, options)),
      { numRuns: RUNS, seed: SEED + 1 },
    );
  });

  it('planted personal data never reaches a message: header-less files, title rows, free text in coded columns', async () => {
    await assertProperty(
      fc.asyncProperty(plantedExport, async ({ bytes, secrets }) => {
        const outcome = await ingestFile(writeCase(bytes));
        expectWellFormed(outcome, bytes);
        const messages =
          outcome.kind === 'user-error'
            ? [outcome.error.message]
            : [
                ...outcome.result.problems.map(formatProblem),
                ...outcome.result.warnings.map((w) => w.message),
                JSON.stringify(outcome.result.dataQuality),
              ];
        const text = messages.join('\n');
        expect(
          secrets.filter((secret) => text.includes(secret)),
          text,
        ).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
