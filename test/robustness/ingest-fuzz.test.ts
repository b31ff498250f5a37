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
  headerlessExport,
  mutatedExport,
  plantedExport,
  randomBytes,
  renderCsv,
  VALID_BASES,
} from './arbitraries.js';
import { assertProperty, expectWellFormed, ingestFile, SCALE, SEED, writeCase } from './harness.js';

const RUNS = 200 * SCALE;
/**
 * Each property stops drawing new cases after 20 seconds (a loaded machine runs fewer,
 * never hangs), within the suite's time-out of 30 seconds a test.
 */
const BOUNDS = { plugins: [fc.interruptAfterTimeLimit(20_000 * SCALE)] };

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

describe(
  'ingest on hostile input (fast-check, seed ' + SEED + ')',
  { timeout: 30_000 * SCALE },
  () => {
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
        { numRuns: RUNS, seed: SEED, ...BOUNDS },
      );
    });

    it('generated CSV: odd headers, quotes, delimiters, encodings and huge fields', async () => {
      await assertProperty(
        fc.asyncProperty(generatedCsv, forced, (csv, options) => check(renderCsv(csv), options)),
        { numRuns: RUNS, seed: SEED, ...BOUNDS },
      );
    });

    it('random mutations of valid exports', async () => {
      await assertProperty(
        fc.asyncProperty(mutatedExport, (bytes) => check(bytes)),
        { numRuns: RUNS * 2, seed: SEED, ...BOUNDS },
      );
    });

    it('random mutations of valid exports, read with forced options', async () => {
      await assertProperty(
        fc.asyncProperty(mutatedExport, forced, (bytes, options) => check(bytes, options)),
        { numRuns: RUNS, seed: SEED + 1, ...BOUNDS },
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
        { numRuns: RUNS / 2, seed: SEED, ...BOUNDS },
      );
    });

    it('bytes that are not UTF-8 in a Latvian UTF-8 export: an error naming the line and column, never mojibake', async () => {
      const mojibake = /Ä[«\u0081-\u00BF]|Å[«\u0080-\u00BF]|Ã|\uFFFD/;
      await assertProperty(
        fc.asyncProperty(badByteExport, fc.boolean(), async ({ bytes, line, column }, viaFile) => {
          const contacts: Contact[] = [];
          const path = writeCase(bytes);
          const result = await ingest(
            { files: [path], displayName: () => 'export.csv' },
            (contact) => contacts.push(contact),
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
        { numRuns: RUNS / 4, seed: SEED, ...BOUNDS },
      );
    });

    it('a line read as the header that is none is described, never quoted: no header line, title rows, any date form', async () => {
      // The message for a header-less file of harmless cells: the one message every such file gets,
      // but for the count of fields and how the file was read.
      const normalise = (message: string) =>
        message
          .replace(/a line of \d+ fields? that/, 'a line of N fields that')
          .replace(/\(read as [^()]*\)$/, '(read as …)');
      const harmless = await ingestFile(writeCase('x;x;x\nx;x;x\n'));
      expect(harmless.kind).toBe('user-error');
      const expected = normalise(harmless.kind === 'user-error' ? harmless.error.message : '');
      expect(expected).toContain('names no column');
      await assertProperty(
        fc.asyncProperty(headerlessExport, async ({ bytes, cells, secrets }) => {
          const outcome = await ingestFile(writeCase(bytes));
          expectWellFormed(outcome, bytes);
          expect(outcome.kind).toBe('user-error');
          if (outcome.kind !== 'user-error') return;
          const { message } = outcome.error;
          expect(secrets.filter((secret) => message.includes(secret))).toEqual([]);
          // The same words whatever the cells: none of them, nor any part of one, is shown.
          expect(normalise(message), `cells: ${JSON.stringify(cells)}`).toBe(expected);
        }),
        { numRuns: RUNS / 2, seed: SEED, ...BOUNDS },
      );
    });
  },
);
