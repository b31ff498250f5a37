/**
 * The location column is printed, so a note typed into it (a name with a phone
 * number, an e-mail, an address) must never reach the report: such a cell is
 * counted as an unknown place, with a warning that describes it without quoting it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseSpace, pdfPageTexts } from '../helpers/pdf-text.js';
import { exportWithPlaces } from '../helpers/places.js';
import { describeRun, runCli } from '../helpers/run-cli.js';

const PLANTED = ['Anna Bērziņa +37120000001', 'anna.berzina@example.lv', 'Brīvības iela 12-5'];
const PLACES = ['Rīga', ...PLANTED, 'Liepāja'];

const WARNED = [
  'a.csv:3: location: a 25-character text with digits is not a place name (it has digits, @ or other marks no town has, or too many words); the client is counted under an unknown location',
  'a.csv:4: location: a 23-character text is not a place name (it has digits, @ or other marks no town has, or too many words); the client is counted under an unknown location',
  'a.csv:5: location: an 18-character text with digits is not a place name (it has digits, @ or other marks no town has, or too many words); the client is counted under an unknown location',
];

describe('a location cell that is not a place name', () => {
  it('is a warning naming the file, line and column, describing the cell', () => {
    const cwd = exportWithPlaces(PLACES);
    const run = runCli(['validate', 'a.csv'], { cwd });
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stdout).toContain(`  location_not_a_place (3):\n    ${WARNED.join('\n    ')}\n`);
    for (const text of [...PLANTED, 'Bērziņa', '3712', 'example']) {
      expect(run.stdout + run.stderr).not.toContain(text);
    }
  });

  it('never reaches the PDF, the JSON or --errors-out: the client counts under an unknown place', async () => {
    const cwd = exportWithPlaces(PLACES);
    const run = runCli(
      ['--period', '2021-06', 'a.csv', '-o', 'r.pdf', '--errors-out', 'e.txt', '-q'],
      { cwd },
    );
    expect(run.code, describeRun(run)).toBe(0);
    const errors = readFileSync(join(cwd, 'e.txt'), 'utf8');
    expect(errors).toContain(`warning: location_not_a_place: ${WARNED[0]}\n`);
    const json = readFileSync(join(cwd, 'r.json'), 'utf8');
    const text = normaliseSpace((await pdfPageTexts(readFileSync(join(cwd, 'r.pdf')))).join('\n'));
    for (const output of [errors, json, text]) {
      for (const planted of [...PLANTED, 'Bērziņa', '3712', 'example.lv', 'iela']) {
        expect(output).not.toContain(planted);
      }
    }
    const statistics = JSON.parse(json);
    expect(statistics.locations).toEqual([
      { name: 'Nav zināma', clients: 3 },
      { name: 'Liepāja', clients: 1 },
      { name: 'Rīga', clients: 1 },
    ]);
    expect(statistics.dataQuality.warnings).toContainEqual({
      type: 'location_not_a_place',
      count: 3,
    });
    expect(text).toMatch(
      /Dzīvesvietas ailē nav vietas nosaukuma, dzīvesvieta uzskatīta par nezināmu 3/,
    );
  });
});
