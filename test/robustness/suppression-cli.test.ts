/**
 * Small-cell suppression through the built command line (`npm run build` first),
 * over random small exports: with `suppressBelow: k`, a place or a country served
 * by 1…k−1 clients is never printed beside its exact count — not in a table, a
 * chart label or the narrative. The JSON, which keeps exact figures, says which
 * counts are small; the rule that no masked cell can be worked out from its
 * neighbours is a property of its own over random tables
 * (test/render/suppress-property.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseSpace, pdfPageTexts } from '../helpers/pdf-text.js';
import { describeRun, tempDir } from '../helpers/run-cli.js';
import { assertProperty, runCliTimed, SCALE, SEED, SHRINK } from './harness.js';

const PLACES = ['Rīga', 'Jelgava', 'Cēsis', 'Ventspils', 'Ogre', 'Valmiera'];
const COUNTRIES = ['IQ', 'SY', 'AF', 'BY', 'GE', 'VN'];
const SERVICES = ['housing', 'healthcare', 'documents', 'employment'];

interface Client {
  place: string;
  country: string;
  services: string[];
}

/** Up to 30 clients, most in a few places and countries, so that small counts beside large ones are common. */
const export_: fc.Arbitrary<Client[]> = fc.array(
  fc.record({
    place: fc.oneof(
      { arbitrary: fc.constant(PLACES[0]!), weight: 4 },
      { arbitrary: fc.constantFrom(...PLACES), weight: 3 },
    ),
    country: fc.oneof(
      { arbitrary: fc.constant(COUNTRIES[0]!), weight: 4 },
      { arbitrary: fc.constantFrom(...COUNTRIES), weight: 3 },
    ),
    services: fc.subarray(SERVICES, { minLength: 1, maxLength: 3 }),
  }),
  { minLength: 1, maxLength: 30 },
);

function csv(clients: Client[]): string {
  const rows = clients.flatMap((client, index) =>
    client.services.map(
      (service, day) =>
        `2021-06-${String(day + 1).padStart(2, '0')};K-${index + 1};F;1990;${client.country};` +
        `refugee;mentor;${service};${client.place}`,
    ),
  );
  const header =
    'date;client_id;gender;birth_date;citizenship;legal_status;staff_role;service;location';
  return [header, ...rows].join('\n') + '\n';
}

/** `name` followed by `count` as a table row, a chart label or the narrative would print them. */
function printedWith(text: string, name: string, count: number): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escaped}\\s*(?:–\\s*)?${count}(?!\\d|,\\d)`).test(text);
}

const RUNS = 6 * SCALE;
const BOUNDS = { plugins: [fc.interruptAfterTimeLimit(120_000 * SCALE)], endOnFailure: !SHRINK };

describe(
  'small-cell suppression in the PDF the command line writes (fast-check, seed ' + SEED + ')',
  () => {
    it('the search finds a count printed beside its name, and only an exact one', () => {
      const text = 'Rīga – 12, Jelgava – 3, Ogre – <5 un Cēsis – ×. Ventspils 2 Valmiera 1,5 %';
      expect(printedWith(text, 'Jelgava', 3)).toBe(true);
      expect(printedWith(text, 'Ventspils', 2)).toBe(true);
      expect(printedWith(text, 'Rīga', 1)).toBe(false);
      expect(printedWith(text, 'Ogre', 4)).toBe(false);
      expect(printedWith(text, 'Cēsis', 2)).toBe(false);
      expect(printedWith(text, 'Valmiera', 1)).toBe(false);
    });

    it(
      'no place or country with fewer than k clients is printed beside its count',
      async () => {
        await assertProperty(
          fc.asyncProperty(export_, fc.integer({ min: 3, max: 5 }), async (clients, k) => {
            const cwd = tempDir();
            writeFileSync(join(cwd, 'export.csv'), csv(clients));
            writeFileSync(
              join(cwd, 'lsk-report.config.json'),
              JSON.stringify({ suppressBelow: k }),
            );
            const run = runCliTimed(
              ['--period', '2021-06', '-i', 'export.csv', '-o', 'r.pdf', '-q'],
              cwd,
              { SOURCE_DATE_EPOCH: '1625097600' },
            );
            expect(run.code, describeRun(run)).toBe(0);
            const stats = JSON.parse(readFileSync(join(cwd, 'r.json'), 'utf8'));
            const text = normaliseSpace(
              (await pdfPageTexts(readFileSync(join(cwd, 'r.pdf')))).join('\n'),
            );
            const small = [...stats.locations, ...stats.countries].filter(
              (row: { clients: number }) => row.clients >= 1 && row.clients < k,
            );
            const shown = small.filter((row: { name: string; clients: number }) =>
              printedWith(text, row.name, row.clients),
            );
            expect(shown, `k=${k}\n${text.slice(0, 4000)}`).toEqual([]);
            // The text is there to search: every place served is named (its count maybe masked).
            for (const { name } of stats.locations as { name: string }[])
              expect(text).toContain(name);
          }),
          { numRuns: RUNS, seed: SEED, ...BOUNDS },
        );
      },
      300_000 * SCALE,
    );
  },
);
