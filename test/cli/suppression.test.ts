/**
 * Small-cell suppression through the command line (README, "Privacy"): with
 * `suppressBelow`, no printed figure lets a reader work a masked count out.
 * fixtures/suppression/services.csv: 10 clients, housing for all 10 (20
 * contacts), legal help for 6 (12 contacts), health care for 1 (1 contact).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseSpace, pdfPageTexts } from '../helpers/pdf-text.js';
import { describeRun, dirWith, runCli } from '../helpers/run-cli.js';

describe('small-cell suppression in the services table', () => {
  it("hides a service's contacts when they would bound its hidden clients, and one more to keep the total safe", async () => {
    const cwd = dirWith('fixtures/suppression/services.csv');
    writeFileSync(join(cwd, 'c.json'), JSON.stringify({ suppressBelow: 5 }));
    const run = runCli(
      ['--period', '2021H1', '-i', 'services.csv', '--config', 'c.json', '-o', 'r.pdf', '-q'],
      { cwd, env: { SOURCE_DATE_EPOCH: '1625097600' } },
    );
    expect(run.code, describeRun(run)).toBe(0);
    const text = normaliseSpace((await pdfPageTexts(readFileSync(join(cwd, 'r.pdf')))).join('\n'));
    // Clients ≤ contacts: "<5 | 1" would say the one client; both cells are masked.
    expect(text).toContain('Veselības aprūpe <5 <5');
    expect(text).not.toMatch(/Veselības aprūpe <5 1\b/);
    // The contacts column adds up to the printed 33: the smallest other count is masked too.
    expect(text).toContain('Juridiskais atbalsts 6 ×');
    expect(text).toContain('Mājokļa meklēšana 10 20');
    expect(text).toMatch(/Kopā 33/);
    // The narrative says the masked clients count as the table does.
    expect(text).toMatch(/veselības aprūpe – <5/i);
    // The statistics JSON keeps exact figures for internal use (README, "Privacy").
    const stats = JSON.parse(readFileSync(join(cwd, 'r.json'), 'utf8'));
    expect(stats.suppressBelow).toBe(5);
    expect(stats.services).toContainEqual({ code: 'healthcare', clients: 1, contacts: 1 });
  });
});

describe('small-cell suppression in the narrative', () => {
  it('gives no figure for a location the table hides to protect a small one', async () => {
    // fixtures/suppression/locations.csv: 15 clients, 8 in Rīga, 5 in Valmiera, 2 in Cēsis.
    const cwd = dirWith('fixtures/suppression/locations.csv');
    writeFileSync(join(cwd, 'c.json'), JSON.stringify({ suppressBelow: 5 }));
    const run = runCli(
      ['--period', '2021H1', '-i', 'locations.csv', '--config', 'c.json', '-o', 'r.pdf', '-q'],
      { cwd, env: { SOURCE_DATE_EPOCH: '1625097600' } },
    );
    expect(run.code, describeRun(run)).toBe(0);
    const text = normaliseSpace((await pdfPageTexts(readFileSync(join(cwd, 'r.pdf')))).join('\n'));
    // The printed total 15 less 8 and the masked 2 would give Valmiera's 5 away, and back.
    expect(text).toContain('Valmiera × Cēsis <5 Kopā 15');
    expect(text).toContain('Rīga – 8, Valmiera – skaits slēpts un Cēsis – <5.');
    expect(text).not.toMatch(/Valmiera – 5/);
  });
});
