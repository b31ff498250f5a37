/**
 * Bad input never crashes ingest: whatever the bytes, it either resolves
 * with well-formed problems or throws a UserError (exit 1 or 2) with a short
 * message naming the file — never another exception, never a hang.
 * Seeds are fixed (`SEED`); fast-check prints the seed and path of a failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors.js';
import { ingest } from '../../src/ingest/index.js';
import type { Contact } from '../../src/model/contact.js';
import type { IngestOptions } from '../../src/ingest/types.js';
import {
  badByteExport,
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
      { numRuns: RUNS / 2, seed: SEED },
    );
  });

  it('bytes that are not UTF-8 in a Latvian UTF-8 export: an error naming the line and column, never mojibake', async () => {
    const mojibake = /Ä[«\u0081-\u00BF]|Å[«\u0080-\u00BF]|Ã|\uFFFD/;
    await assertProperty(
      fc.asyncProperty(badByteExport, fc.boolean(), async ({ bytes, line, column }, viaFile) => {
        const contacts: Contact[] = [];
        const path = writeCase(bytes);
        const result = await ingest({ files: [path], displayName: () => 'export.csv' }, (contact) =>
          contacts.push(contact),
        );
        expect(result.files[0]!.encoding).toBe('utf-8');
        const problem = result.problems.find((p) => p.line === line);
        expect(problem, `line ${line}, ${column}`).toMatchObject({
          column,
          reason: 'encoding.not_utf8',
        });
        expect(formatProblem(problem!)).toMatch(new RegExp(`^export\\.csv:${line}: ${column}: `));
        expect(result.dataQuality.rowsInvalid.total).toBe(1);
        const text = JSON.stringify(viaFile ? contacts : [...result.clients.values()]);
        expect(text).not.toMatch(mojibake);
      }),
      { numRuns: RUNS / 4, seed: SEED },
    );
  });
});
