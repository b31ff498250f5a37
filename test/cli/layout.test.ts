import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPlacedTexts, type PlacedText } from '../helpers/pdf-text.js';
import { describeRun, ROOT, runCli, tempDir } from '../helpers/run-cli.js';

/**
 * How the report's pages are filled, read from the positions of the PDF's
 * text: the sample, a period without a contact (`--allow-empty`: every
 * section a heading and one sentence), and a one-month, a two-month, a
 * half-year and a two-year period of a synthetic export (fixtures/layout/two-years.csv,
 * `npm run fixtures -- --rows 2000 --seed 21 --from 2019-12-01 --to 2021-11-30`).
 */

const SAMPLE = join(ROOT, 'fixtures/sample/lsk-report.config.json');
const TWO_YEARS = join(ROOT, 'fixtures/layout/two-years.csv');
const EPOCH = { SOURCE_DATE_EPOCH: '1638316800' };
/** The page's text area: A4 between the top and bottom margins (src/render/theme.ts). */
const TOP = 56;
const BOTTOM = 841.89 - 78;
/** Headings (13 and 10.5 pt) and captions (8.5 pt) are the bold text of these sizes. */
const HEADING_SIZES = new Set([13, 10.5, 8.5]);

const REPORTS: { name: string; args: string[] }[] = [
  {
    name: 'the sample (half a year)',
    args: ['--config', SAMPLE, '--from', '2021-06-01', '--to', '2021-11-30'],
  },
  { name: 'one month', args: ['--input', TWO_YEARS, '--from', '2021-07-01', '--to', '2021-07-31'] },
  {
    name: 'two months',
    args: ['--input', TWO_YEARS, '--from', '2021-10-01', '--to', '2021-11-30'],
  },
  {
    name: 'half a year',
    args: ['--input', TWO_YEARS, '--from', '2020-12-01', '--to', '2021-05-31'],
  },
  { name: 'two years', args: ['--input', TWO_YEARS, '--from', '2019-12-01', '--to', '2021-11-30'] },
  {
    name: 'a period without a contact',
    args: ['--config', SAMPLE, '--from', '2022-01-01', '--to', '2022-06-30', '--allow-empty'],
  },
];

/** The text of each page's body (the footer left out), in reading order. */
function bodyLines(items: PlacedText[]): Map<number, PlacedText[]> {
  const pages = new Map<number, PlacedText[]>();
  for (const item of items) {
    if (item.y > BOTTOM) continue;
    pages.set(item.page, [...(pages.get(item.page) ?? []), item]);
  }
  return pages;
}

const isHeading = (item: PlacedText) => item.bold && HEADING_SIZES.has(item.size);

describe.each(REPORTS)('page layout: $name', async ({ args }) => {
  const cwd = tempDir();
  const run = runCli([...args, '-o', 'report.pdf'], { cwd, env: EPOCH });
  const { items } =
    run.code === 0 ? await pdfPlacedTexts(readFileSync(join(cwd, 'report.pdf'))) : { items: [] };
  const pages = [...bodyLines(items).entries()].sort(([a], [b]) => a - b);

  it('renders', () => {
    expect(run.code, describeRun(run)).toBe(0);
    expect(pages.length).toBeGreaterThan(3);
  });

  it('leaves no page but the last more than 40 % empty', () => {
    const empty = pages.slice(0, -1).map(([page, lines]) => {
      const lowest = Math.max(...lines.map((item) => item.y));
      return { page, emptyShare: Math.round(((BOTTOM - lowest) / (BOTTOM - TOP)) * 100) / 100 };
    });
    expect(empty.filter((page) => page.emptyShare > 0.4)).toEqual([]);
  });

  it('never ends a page with a heading or a caption', () => {
    const endings = pages.map(([page, lines]) => {
      const lowest = Math.max(...lines.map((item) => item.y));
      const last = lines.filter((item) => Math.abs(item.y - lowest) < 1);
      return { page, heading: last.some(isHeading), text: last.map((item) => item.text).join(' ') };
    });
    expect(endings.filter((ending) => ending.heading)).toEqual([]);
    // The check does see headings: every report has its numbered sections.
    expect(items.filter(isHeading).map((item) => item.text)).toContain(
      '4. Klientu izcelsmes valstis',
    );
  });
});
