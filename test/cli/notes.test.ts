import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allElements, archivalProblems, fullText, readArchival } from '../helpers/pdf-archive.js';
import { normaliseSpace, pdfPageTexts } from '../helpers/pdf-text.js';
import { describeRun, dirWith, ROOT, runCli } from '../helpers/run-cli.js';
import { NOTE_PLACES } from '../../src/notes.js';

const SAMPLE = [
  'fixtures/sample/lsk-report.config.json',
  'fixtures/sample/2021-01-06-kontakti.csv',
  'fixtures/sample/2021-07-12-contacts.csv',
];
const EPOCH = { SOURCE_DATE_EPOCH: '1640995200' };
const NOTES = join(ROOT, 'examples/notes/2021-2.md');

describe("--notes FILE: the coordinator's words in the report", async () => {
  const cwd = dirWith(...SAMPLE);
  cpSync(NOTES, join(cwd, 'notes.md'));
  const withNotes = runCli(['--period', '2021-2', '--notes', 'notes.md', '-o', 'notes.pdf'], {
    cwd,
    env: EPOCH,
  });
  const without = runCli(['--period', '2021-2', '-o', 'plain.pdf'], { cwd, env: EPOCH });
  const pdf = readFileSync(join(cwd, 'notes.pdf'));
  const pages = (await pdfPageTexts(pdf)).map(normaliseSpace);
  const text = pages.join(' ');

  it('writes the report (exit 0)', () => {
    expect(withNotes.code, describeRun(withNotes)).toBe(0);
    expect(without.code, describeRun(without)).toBe(0);
  });

  it('puts "Konteksts" on page 1, after the summary and before the contact persons', () => {
    const page1 = pages[0]!;
    expect(page1).toContain(
      'Konteksts Periodā Latvija uzņēma Afganistānas evakuētos: augustā un septembrī ieradās 35 personas',
    );
    expect(page1.indexOf('Konteksts')).toBeGreaterThan(page1.indexOf('1. Kopsavilkums'));
    expect(text.indexOf('Konteksts')).toBeLessThan(text.indexOf('Kontaktinformācija'));
    // The same typography as the generated text: Latvian quotes.
    expect(page1).toContain('PMIC „Mucenieki”');
  });

  it("puts a section's notes under that section, lists and all", () => {
    const services = text.indexOf('6. Sniegtie pakalpojumi');
    const closures = text.indexOf('7. Klientu lietu slēgšana');
    const list = text.indexOf('• 12 latviešu valodas sarunu grupas; • informatīvās dienas');
    expect(list).toBeGreaterThan(services);
    expect(list).toBeLessThan(closures);
    const leaving = text.indexOf('Lielākā daļa klientu, kas patstāvīgi izbrauca no valsts');
    expect(leaving).toBeGreaterThan(closures);
    expect(leaving).toBeLessThan(text.indexOf('8. Klientu dzīvesvieta'));
  });

  it('tags the notes as paragraphs and lists (L, LI, Lbl, LBody), and stays PDF/UA-tagged', async () => {
    const json = readFileSync(join(cwd, 'notes.json'), 'utf8');
    expect(await archivalProblems(pdf, { json })).toEqual([]);
    const elements = allElements((await readArchival(pdf)).tree);
    const lists = elements.filter((element) => element.role === 'L');
    expect(lists).toHaveLength(1);
    const items = lists[0]!.children;
    expect(items.map((item) => item.role)).toEqual(['LI', 'LI', 'LI']);
    for (const item of items) {
      expect(item.children.map((child) => child.role)).toEqual(['Lbl', 'LBody']);
    }
    expect(fullText(items[1]!)).toContain('informatīvās dienas par darba tirgu');
    expect(
      elements.some(
        (element) => element.role === 'P' && fullText(element).startsWith('Periodā Latvija uzņēma'),
      ),
    ).toBe(true);
  });

  it('knows every section by the heading the report prints', () => {
    for (const place of NOTE_PLACES.filter((place) => place.key !== 'context')) {
      expect(text, place.heading).toContain(place.heading);
    }
  });

  it('never puts the notes in the JSON: it is the same as without them', () => {
    expect(readFileSync(join(cwd, 'notes.json'), 'utf8')).toBe(
      readFileSync(join(cwd, 'plain.json'), 'utf8'),
    );
  });
});

describe('notes named in periods.json or the config', () => {
  it("takes a periods.json entry's notes, and else the config's named period's", async () => {
    const cwd = dirWith(...SAMPLE);
    writeFileSync(join(cwd, 'a.md'), '# Darbinieki\n\nNo periodu faila.\n');
    writeFileSync(join(cwd, 'b.md'), '# Darbinieki\n\nNo konfigurācijas.\n');
    const config = JSON.parse(readFileSync(join(cwd, 'lsk-report.config.json'), 'utf8'));
    config.periods['2021-1'].notes = 'b.md';
    config.periods['2021-2'].notes = 'b.md';
    writeFileSync(join(cwd, 'lsk-report.config.json'), JSON.stringify(config));
    writeFileSync(
      join(cwd, 'periods.json'),
      JSON.stringify({
        outDir: 'out',
        periods: [{ period: '2021-2', notes: 'a.md' }, { period: '2021-1' }],
      }),
    );
    const run = runCli(['batch', '--periods', 'periods.json', '-q'], { cwd, env: EPOCH });
    expect(run.code, describeRun(run)).toBe(0);
    const textOf = async (name: string) =>
      normaliseSpace((await pdfPageTexts(readFileSync(join(cwd, 'out', name)))).join(' '));
    const second = await textOf('lsk-report_2021-06-01_2021-11-30.pdf');
    expect(second).toContain('No periodu faila.');
    expect(second).not.toContain('No konfigurācijas.');
    expect(await textOf('lsk-report_2020-12-01_2021-05-31.pdf')).toContain('No konfigurācijas.');
  });
});

describe('notes that cannot be printed', () => {
  const cwd = dirWith(...SAMPLE);

  it('refuses an unknown heading with the allowed names (exit 2), writing nothing', () => {
    writeFileSync(join(cwd, 'bad.md'), 'Ievads.\n\n# Aktivitātes\n\n- viens\n');
    const run = runCli(['--period', '2021-2', '--notes', 'bad.md', '-o', 'bad.pdf'], { cwd });
    expect(run.code, describeRun(run)).toBe(2);
    const [first] = run.stderr.split('\n');
    expect(first).toMatch(
      /^lsk-report: bad\.md:3: unknown heading "Aktivitātes": a heading names where its text goes, one of Konteksts, Kopsavilkums, .*Sniegtie pakalpojumi, .*Norēķini, Datu kvalitāte$/,
    );
    expect(existsSync(join(cwd, 'bad.pdf'))).toBe(false);
  });

  it('refuses HTML, and a notes file that is not there (exit 2)', () => {
    writeFileSync(join(cwd, 'html.md'), '# Konteksts\n\n<script>x</script>\n');
    const html = runCli(['--period', '2021-2', '--notes', 'html.md', '-o', 'h.pdf'], { cwd });
    expect(html.code, describeRun(html)).toBe(2);
    expect(html.stderr).toContain('html.md:3: HTML is not allowed in notes');
    const missing = runCli(['--period', '2021-2', '--notes', 'nothere.md', '-o', 'm.pdf'], { cwd });
    expect(missing.code, describeRun(missing)).toBe(2);
    expect(missing.stderr).toContain('cannot read notes file nothere.md');
  });
});
