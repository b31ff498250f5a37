/**
 * Place names with characters the report's font cannot draw (Arabic,
 * Chinese, emoji): a warning naming the column, describing the cell without
 * quoting it, and a visible placeholder (U+FFFD) in the PDF, never an empty box.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseSpace, pdfPageTexts } from '../helpers/pdf-text.js';
import { exportWithPlaces } from '../helpers/places.js';
import { describeRun, runCli, tempDir } from '../helpers/run-cli.js';

const PLACES = ['Rīga', 'الرياض', 'Liepāja 😀', 'Rīga', '北京', 'Köln', 'الرياض'];

const WARNED = [
  "a.csv:3: location: a 6-character text holds characters the report's font cannot draw (Arabic); the report prints \uFFFD in their place",
  "a.csv:4: location: a 9-character text holds characters the report's font cannot draw (emoji); the report prints \uFFFD in their place",
  "a.csv:6: location: a 2-character text holds characters the report's font cannot draw (Chinese or Japanese); the report prints \uFFFD in their place",
];

describe('characters the font cannot draw', () => {
  it('are a warning naming the column and line, once per place, without quoting it', () => {
    const cwd = exportWithPlaces(PLACES);
    const run = runCli(['validate', 'a.csv'], { cwd });
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stdout).toContain(`  unprintable_characters (3):\n    ${WARNED.join('\n    ')}\n`);
    for (const place of ['الرياض', '北京', '😀', 'Köln']) expect(run.stdout + run.stderr).not.toContain(place);
  }); // prettier-ignore

  it('print as the placeholder in the PDF, counted in the annex, and stay as written in the JSON', async () => {
    const cwd = exportWithPlaces(PLACES);
    const run = runCli(
      ['--period', '2021-06', 'a.csv', '-o', 'r.pdf', '--errors-out', 'e.txt', '-q'],
      {
        cwd,
      },
    );
    expect(run.code, describeRun(run)).toBe(0);
    expect(readFileSync(join(cwd, 'e.txt'), 'utf8')).toContain(
      `warning: unprintable_characters: ${WARNED[0]}\n`,
    );
    const text = normaliseSpace((await pdfPageTexts(readFileSync(join(cwd, 'r.pdf')))).join('\n'));
    for (const place of ['الرياض', '北京', '😀']) expect(text).not.toContain(place);
    expect(text).toContain('Liepāja \uFFFD');
    expect(text).toContain('Köln');
    expect(text).toMatch(
      /Dzīvesvietas nosaukumā rakstzīmes, ko šrifts nevar attēlot \(to vietā „\uFFFD”\) 3/,
    );
    const names = JSON.parse(readFileSync(join(cwd, 'r.json'), 'utf8')).locations.map(
      (location: { name: string }) => location.name,
    );
    expect(names).toEqual(expect.arrayContaining(['الرياض', '北京', 'Liepāja 😀']));
  });
});

describe('config and notes text the font cannot draw', () => {
  it('is a warning naming the key or the section, even with -q, and prints as the placeholder', async () => {
    const cwd = exportWithPlaces(PLACES);
    writeFileSync(
      join(cwd, 'lsk-report.config.json'),
      JSON.stringify({
        organisation: 'Biedrība 😀',
        contacts: [{ name: '李 Anna', role: 'Projekta vadītāja', email: 'anna@example.lv' }],
      }),
    );
    writeFileSync(join(cwd, 'notes.md'), '# Konteksts\n\nKlienti no الرياض un Rīgas.\n');
    const run = runCli(['--period', '2021-06', 'a.csv', '-o', 'r.pdf', '--notes', 'notes.md', '-q'], {
      cwd,
    }); // prettier-ignore
    expect(run.code, describeRun(run)).toBe(0);
    const font = "holds characters the report's font cannot draw";
    expect(run.stderr.split('\n').filter((line) => line.includes(font))).toEqual([
      `warning: lsk-report.config.json: organisation: ${font} (emoji); the report prints \uFFFD in their place`,
      `warning: lsk-report.config.json: contacts[0].name: ${font} (Chinese or Japanese); the report prints \uFFFD in their place`,
      `warning: notes for 2021-06-01 … 2021-06-30: section "Konteksts": ${font} (Arabic); the report prints \uFFFD in their place`,
    ]);
    const text = normaliseSpace((await pdfPageTexts(readFileSync(join(cwd, 'r.pdf')))).join('\n'));
    for (const shown of ['Biedrība \uFFFD', '\uFFFD Anna', 'Klienti no \uFFFD un Rīgas.']) {
      expect(text).toContain(shown);
    }
    for (const raw of ['😀', '李', 'الرياض']) expect(text).not.toContain(raw);
  });
});

describe('control characters in messages', () => {
  it('a path from the config or the command line never drives the terminal: ESC, BEL and bidi overrides are shown as \\u escapes', () => {
    const cwd = exportWithPlaces(PLACES);
    const notes = 'n\u001b[31mred\u0007.md';
    writeFileSync(
      join(cwd, 'lsk-report.config.json'),
      JSON.stringify({ periods: { jun: { from: '2021-06-01', to: '2021-06-30', notes } } }),
    );
    const fromConfig = runCli(['--period', 'jun', 'a.csv', '-o', 'r.pdf', '-q'], { cwd });
    expect(fromConfig.code, describeRun(fromConfig)).toBe(2);
    expect(fromConfig.stderr).toContain(
      'cannot read notes file n\\u001b[31mred\\u0007.md: there is no such file or folder',
    );
    const fromArgs = runCli(['--period', '2021-06', '-i', 'x\u001b[2J\u202Ey.csv', '-o', 'r.pdf'], { cwd: tempDir() });
    expect(fromArgs.code, describeRun(fromArgs)).toBe(2);
    expect(fromArgs.stderr).toContain('x\\u001b[2J\\u202ey.csv');
    for (const run of [fromConfig, fromArgs]) {
      // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
      expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    }
  }); // prettier-ignore

  it("validate's report on stdout and --errors-out show a file name's control characters as \\u escapes too", () => {
    const cwd = exportWithPlaces(PLACES);
    const name = 'a\u001b[2Jb.csv';
    renameSync(join(cwd, 'a.csv'), join(cwd, name));
    const run = runCli(['validate', name, '--errors-out', 'e.txt'], { cwd });
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stdout).toContain('a\\u001b[2Jb.csv  UTF-8');
    const errors = readFileSync(join(cwd, 'e.txt'), 'utf8');
    expect(errors).toContain('a\\u001b[2Jb.csv:3: location');
    for (const text of [run.stdout, run.stderr, errors]) {
      // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
      expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    }
  });
});
