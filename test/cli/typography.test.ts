/**
 * The report's typography and terms, read from the PDF the command line
 * writes (README, "The report"; docs/latvian.md): the shipped sample as the
 * README's first command makes it, its last quarter (an annex table that runs
 * over a page), and a one-month, a half-year and a two-year period of a
 * synthetic export (fixtures/layout/two-years.csv). A no-break space prints as a space in the
 * PDF's text layer, so what is checked is what it is for: a number never ends
 * a line whose next line starts with its noun, a date never breaks, a dash of
 * a list never starts a line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOSURE_REASON_LABELS, SERVICE_NAMES } from '../../src/render/labels.js';
import { normaliseSpace, pdfPlacedTexts, type PlacedText } from '../helpers/pdf-text.js';
import { describeRun, ROOT, runCli, tempDir } from '../helpers/run-cli.js';

const SAMPLE = join(ROOT, 'fixtures/sample/lsk-report.config.json');
const TWO_YEARS = join(ROOT, 'fixtures/layout/two-years.csv');
const EPOCH = { SOURCE_DATE_EPOCH: '1638316800' };
/** Running text: the narratives, the notes under tables and charts, the title page and the footer. */
const PROSE_SIZES = new Set([9.5, 8, 6.5]);
const LOWER = 'a-zāčēģīķļņšūž';

/** Each report with sentences of its own that issue-level wording rules show in. */
const REPORTS = [
  {
    name: 'the sample',
    args: ['--config', SAMPLE, '--from', '2021-06-01', '--to', '2021-11-30'],
    phrases: [
      // Whole mentors in prose, with agreement; the table keeps the decimal.
      'apkalpoti 193 klienti, pakalpojuma nodrošināšanā iesaistīti 6 sociālie darbinieki un vidēji 21 sociālais mentors.',
      'Sociālie mentori vidēji mēnesī 21,3',
      // The summary's women and men count all ages, and say so.
      'palīdzība tika sniegta 91 sievietei, 96 vīriešiem un 6 klientiem ar nezināmu dzimumu (visu vecumu, ieskaitot bērnus).',
      'Kopš programmas sākuma 2021. gada 1. janvārī līdz 2021. gada 30. novembrim atbalsts sniegts 258 unikālām personām.',
      'Klientu statuss (atbilstoši pēdējam kontaktam periodā):',
      // A period that is over: the funding sentence in the past.
      'Pakalpojums tika nodrošināts',
      'samaksa ir 57 950,00 EUR (bez PVN).',
    ],
  },
  {
    name: 'the sample’s last quarter',
    args: ['--config', SAMPLE, '--period', '2021-Q4'],
    phrases: [
      // The comparison with the quarter before, which the exports cover.
      'Klientu skaits samazinājies no 142 līdz 138 (−3 %). Jauno klientu skaits pieaudzis no 39 līdz 54 (+39 %).',
      // The period runs past the day the report is made: the present.
      'Pakalpojums tiek nodrošināts',
    ],
  },
  {
    name: 'one month',
    args: ['--input', TWO_YEARS, '--from', '2021-07-01', '--to', '2021-07-31'],
    phrases: [
      'apkalpoti 33 klienti, pakalpojuma nodrošināšanā iesaistīti 5 sociālie darbinieki un vidēji 15 sociālie mentori.',
      'Kopš pirmā kontakta ievaddatos (2019. gada 2. decembrī) līdz 2021. gada 31. jūlijam',
    ],
  },
  {
    name: 'half a year',
    args: ['--input', TWO_YEARS, '--from', '2020-12-01', '--to', '2021-05-31'],
    phrases: [
      'apkalpoti 78 klienti, pakalpojuma nodrošināšanā iesaistīti 6 sociālie darbinieki un vidēji 12 sociālie mentori.',
    ],
  },
  {
    name: 'two years',
    args: ['--input', TWO_YEARS, '--from', '2019-12-01', '--to', '2021-11-30'],
    phrases: [
      // Every client is new: "Visi …", and the new clients' tile folds into the first.
      'Visi 211 klienti pakalpojumu sāka saņemt šajā periodā.',
      '211 klienti periodā (unikālas personas), jauni',
      // Months over several years, grouped by year.
      'Personu skaits pa mēnešiem 2019. gadā: decembrī – 23; 2020. gadā: janvārī – 33, februārī – 39',
      'vidēji 12 sociālie mentori',
      'Sociālie mentori vidēji mēnesī 11,6',
    ],
  },
];

/** Pairs of running-text lines where the second continues the first (same page, same left edge, the next line down). */
function lineBreaks(items: PlacedText[]): [string, string][] {
  const prose = items.filter((item) => !item.bold && PROSE_SIZES.has(item.size));
  const pairs: [string, string][] = [];
  for (let index = 1; index < prose.length; index++) {
    const [before, after] = [prose[index - 1]!, prose[index]!];
    const down = after.y - before.y;
    const sameBlock =
      before.page === after.page &&
      Math.abs(before.x - after.x) < 1 &&
      before.size === after.size &&
      down > 0 &&
      down < before.size * 2;
    if (sameBlock) pairs.push([before.text, after.text]);
  }
  return pairs;
}

describe.each(REPORTS)('typography and terms: $name', async ({ args, phrases }) => {
  const cwd = tempDir();
  const run = runCli([...args, '-o', 'report.pdf', '-q'], { cwd, env: EPOCH });
  const { items } =
    run.code === 0 ? await pdfPlacedTexts(readFileSync(join(cwd, 'report.pdf'))) : { items: [] };
  const text = normaliseSpace(items.map((item) => item.text).join(' '));
  const breaks = lineBreaks(items);

  it('renders', () => {
    expect(run.code, describeRun(run)).toBe(0);
    // The check sees line breaks in running text: every report has long paragraphs.
    expect(breaks.length).toBeGreaterThan(20);
  });

  it('never breaks a line between a number and its noun or unit, inside a date, or before a list’s dash', () => {
    const wrong = breaks.filter(
      ([before, after]) =>
        // "98 / personas", "15 / %", "2021. / gada", "30. / novembrim"
        // (a count or a year; a phone number may end a line)
        (/(?:^|\s)(?:\d{1,3}|(?:19|20)\d\d)\.?$/.test(before) &&
          new RegExp(`^[${LOWER}%]`).test(after)) ||
        // "Rīga / – 101"
        after.startsWith('–') ||
        // "PMIC / „Mucenieki”"
        (before.endsWith('PMIC') && after.startsWith('„')),
    );
    expect(wrong).toEqual([]);
  });

  it('says what the wording rules ask for in its own figures', () => {
    for (const phrase of phrases) expect(text).toContain(phrase);
  });

  it('starts no line of running text with a space: the figure after a list’s dash stays on the dash’s line', () => {
    // A no-break space carried over to the next line indents it by its width (2.5 pt).
    const LEFT = 56;
    const indented = items.filter(
      (item) =>
        !item.bold && PROSE_SIZES.has(item.size) && item.x > LEFT + 0.3 && item.x < LEFT + 6,
    );
    expect(indented.map((item) => item.text)).toEqual([]);
  });

  it('quotes with Latvian quotation marks, the config’s ASCII quotes included', () => {
    expect(text).not.toMatch(/["']/);
    expect(text).toContain('Biedrība „Latvijas Sarkanais Krusts”');
    expect(text.split('„').length).toBe(text.split('”').length);
  });

  it('prints no code name or developer word', () => {
    expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    for (const word of [
      'kopīgu ģimenes identifikatoru',
      'statusa turētāja termiņš',
      'Tas ir brīdinājums, nevis kļūda',
      'pēc pēdējā kontakta periodā',
    ]) {
      expect(text).not.toContain(word);
    }
    // The annex does not send the reader to itself.
    const annex = text.slice(text.indexOf('Pielikums. Datu kvalitāte'));
    expect(annex).not.toContain('pielikumā');
  });

  it('opens no sentence with a digit', () => {
    // Sentences of the running text; "Nr. 9.1.4.4./16/I/001" is a number, not a sentence.
    const prose = normaliseSpace(
      items
        // Paragraphs start at the left margin (the title page's values stand further right).
        .filter((item) => !item.bold && item.size === 9.5 && item.x < 60)
        .map((item) => item.text)
        .join(' '),
    );
    expect(prose.match(/(?<!\bNr)[.!?] \d[^.]{0,30}/g) ?? []).toEqual([]);
  });

  it('spells out the accommodation centre at its first mention', () => {
    const first = text.indexOf('PMIC');
    if (first === -1) return;
    expect(text.slice(0, first + 4)).toMatch(
      /Patvēruma meklētāju izmitināšanas centrs „Mucenieki” \(PMIC$/,
    );
  });

  it('names each service and closure reason alike in the narrative, the chart and the table', () => {
    for (const name of [...Object.values(SERVICE_NAMES), ...Object.values(CLOSURE_REASON_LABELS)]) {
      const capital = name[0]!.toUpperCase() + name.slice(1);
      // Chart and table print the capitalised name; a name the narrative lists is the same words.
      if (text.includes(`${name} –`)) expect(text).toContain(capital);
    }
    expect(text).toContain('Psihoemocionālais atbalsts');
    expect(text).not.toMatch(/klientu mēne|klienta mēne/);
  });

  it('marks a continued table without a second pair of brackets', () => {
    expect(text).not.toMatch(/\) \(turpinājums\)|\(\(|\)\)/);
  });

  it('groups thousands the same way in every table and text', () => {
    // Years and the line numbers beside a file name (a reference, as an editor shows it) aside,
    // no count is printed as "1806".
    const besideFile = (cell: PlacedText) =>
      items.some(
        (other) =>
          other.page === cell.page && Math.abs(other.y - cell.y) < 1 && other.text.endsWith('.csv'),
      );
    const ungrouped = items.filter(
      (cell) => /^\d{4,}$/.test(cell.text) && !/^(19|20)\d\d$/.test(cell.text) && !besideFile(cell),
    );
    expect(ungrouped).toEqual([]);
    // The rows-read figure of the annex is in the thousands in every report here: "3 600", "2 000".
    expect(text).toMatch(/Nolasītas rindas \d \d{3}\b/);
    expect(text).not.toMatch(/\b\d{4,}(?:,\d+)? (EUR|klient|kontakt|rind)/);
  });
});
