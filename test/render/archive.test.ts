import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { escapeXml, xmpDate, xmpPacket } from '../../src/render/archive.js';
import { renderReport } from '../../src/render/pdf.js';
import { serializeStatistics } from '../../src/stats/serialize.js';
import { chartDescription } from '../../src/render/alt.js';
import {
  allElements,
  documentProblems,
  fullText,
  readArchival,
  taggingProblems,
} from '../helpers/pdf-archive.js';
import { normaliseSpace, pdfPageTexts, pdfPlacedTexts } from '../helpers/pdf-text.js';
import { sampleConfig, sampleNarratives, sampleStatistics } from './pdf-fixture.js';

const generatedOn = new Date('2021-12-01T00:00:00Z');
const options = { narratives: sampleNarratives(), generatedOn, configDir: '/nonexistent' };

/** A PDF as pdfkit writes it by default, for checking that the checks can fail. */
async function plainPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ font: '', info: { CreationDate: generatedOn } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  doc.rect(10, 10, 20, 20).fill();
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

describe('the XMP packet', () => {
  const meta = {
    title: 'Ziņojums <2021> „A & B”',
    author: 'Biedrība "A & B"',
    subject: 'Starpposma ziņojums',
    creator: 'lsk-report',
    producer: 'PDFKit',
    language: 'lv-LV',
    date: new Date('2021-12-01T10:20:30.456Z'),
  };

  it('escapes the five XML specials and keeps every other character', () => {
    expect(escapeXml(`a & b <c> "d" 'e' ā`)).toBe(
      'a &#38; b &#60;c&#62; &#34;d&#34; &#39;e&#39; ā',
    );
    const packet = xmpPacket(meta);
    expect(packet).toContain('<rdf:li>Biedrība &#34;A &#38; B&#34;</rdf:li>');
    expect(packet).not.toMatch(/&(?!#\d+;)/);
  });

  it('dates to the second in UTC, as the Info dictionary does', () => {
    expect(xmpDate(meta.date)).toBe('2021-12-01T10:20:30Z');
  });
});

describe('a chart’s text alternative', () => {
  it('names the kind of chart, the caption and every bar as printed', () => {
    const spec = {
      labels: ['jūnijs', 'jūlijs', 'augusts'],
      series: [{ label: 'Klienti', values: [63, 73, 0], texts: ['63', '73', '<5'], color: '#000' }],
      width: 400,
      height: 100,
    };
    expect(chartDescription(spec, 'Klientu skaits mēnesī')).toBe(
      'Stabiņu diagramma: klientu skaits mēnesī – jūnijs 63, jūlijs 73, augusts <5.',
    );
  });

  it('lists each series of a pyramid, unprinted bars as zero', () => {
    const spec = {
      labels: ['65+', '18–64'],
      series: [
        { label: 'Sievietes', values: [0, 12345], texts: ['', '12 345'], color: '#000' },
        { label: 'Vīrieši', values: [2, 30], color: '#000' },
      ],
      width: 400,
      height: 100,
      pyramid: true,
    };
    expect(chartDescription(spec, 'Vecuma grupas')).toBe(
      'Vecuma piramīda: vecuma grupas – Sievietes: 65+ 0, 18–64 12 345; Vīrieši: 65+ 2, 18–64 30.',
    );
  });
});

describe('the report as an archival PDF', async () => {
  const stats = sampleStatistics();
  const pdf = await renderReport(stats, sampleConfig(), options);
  const reading = await readArchival(pdf);

  it('is PDF 1.7 with XMP equal to Info, PDF/A-3a and PDF/UA-1 ids, sRGB output intent and the JSON inside', () => {
    expect(documentProblems(reading, { json: serializeStatistics(stats) })).toEqual([]);
  });

  it('names the period in its title and embeds the JSON it is given byte for byte', async () => {
    expect(reading.info.Title).toBe(
      `${sampleConfig().title} laika posmā no 2021. gada 1. jūnija līdz 2021. gada 30. novembrim`,
    );
    const json = `${serializeStatistics(stats).trimEnd()}\n`;
    const other = await readArchival(
      await renderReport(stats, sampleConfig(), { ...options, statisticsJson: json }),
    );
    expect(other.attachments.map((a) => [a.name, a.subtype, a.relationship])).toEqual([
      ['statistics.json', 'application/json', 'Data'],
    ]);
    expect(other.attachments[0]!.content.toString('utf8')).toBe(json);
  });

  it('keeps XMP and Info equal when the organisation has XML specials', async () => {
    const config = sampleConfig({ organisation: 'Biedrība <A & B> "Krusts"' });
    const odd = await readArchival(await renderReport(stats, config, options));
    expect(documentProblems(odd, { json: serializeStatistics(stats) })).toEqual([]);
    // The author is printed as the report prints names: with Latvian quotation marks.
    expect(odd.xmp.get('dc:creator')).toBe('Biedrība <A & B> „Krusts”');
  });

  it('has a bookmark for every section, on the page its heading is printed', async () => {
    const pages = (await pdfPageTexts(pdf)).map(normaliseSpace);
    const sections = reading.outline.filter((entry) => entry.level === 1).map((e) => e.title);
    expect(sections).toEqual([
      '1. Kopsavilkums',
      '2. Klienti pa mēnešiem',
      '3. Klientu sociālais portrets',
      '4. Klientu izcelsmes valstis',
      '5. Tiesiskais statuss un ierašanās veids',
      '6. Sniegtie pakalpojumi',
      '7. Klientu lietu slēgšana',
      '8. Klientu dzīvesvieta',
      '9. Darbinieki',
      '10. Norēķini',
      'Pielikums. Datu kvalitāte',
    ]);
    for (const entry of reading.outline) {
      expect(entry.page, entry.title).toBeGreaterThan(0);
      expect(pages[entry.page - 1], entry.title).toContain(entry.title);
    }
  });

  it('opens each bookmark with its heading at the top of the window, at the left edge', async () => {
    const { items, pageSize } = await pdfPlacedTexts(pdf);
    for (const entry of reading.outline) {
      const heading = items.find(
        (item) => item.page === entry.page && entry.title.startsWith(item.text.trim()) && item.bold,
      );
      expect(heading, entry.title).toBeDefined();
      expect(entry.left, entry.title).toBe(0);
      // The destination's top is in PDF space (from the bottom); the heading's baseline just below it.
      const headingTopFromBottom = pageSize[1] - entry.top!;
      expect(heading!.y - headingTopFromBottom, entry.title).toBeGreaterThan(0);
      expect(heading!.y - headingTopFromBottom, entry.title).toBeLessThan(heading!.size * 2);
    }
  });

  it('tags every drawing or marks it an artifact, in a tree of the types PDF/UA expects', () => {
    expect(taggingProblems(reading)).toEqual([]);
  });

  it('reads in order: title, then per section a heading, its text, captions, figures and tables', () => {
    const roles = reading.tree[0]!.children.map((element) => element.role);
    expect(roles.slice(0, 2)).toEqual(['H1', 'P']);
    expect(reading.tree[0]!.children[0]!.text).toBe(reading.info.Title);
    const elements = allElements(reading.tree);
    // One P per key-figure card, number before label.
    expect(elements.filter((e) => e.role === 'P').map((e) => e.text)).toEqual(
      expect.arrayContaining(['97 jauni klienti periodā', '142 slēgtas klientu lietas']),
    );
    const monthly = elements.findIndex(
      (e) => e.role === 'H2' && e.text === '2. Klienti pa mēnešiem',
    );
    expect(elements.slice(monthly, monthly + 5).map((e) => e.role)).toEqual([
      'H2',
      'P',
      'Caption',
      'Figure',
      'Table',
    ]);
  });

  it('describes every chart in Latvian from its data and keeps chart labels out of the text', () => {
    const figures = allElements(reading.tree).filter((e) => e.role === 'Figure');
    expect(figures.length).toBeGreaterThanOrEqual(6);
    expect(figures.map((figure) => figure.alt)).toContain(
      'Stabiņu diagramma: klientu skaits mēnesī (unikālas personas) – jūnijs 120, jūlijs 131, ' +
        'augusts 140, septembris 150, oktobris 138, novembris 125.',
    );
    // The chart's own text is an artifact: nothing of it is in the figure or any table.
    expect(figures.map((figure) => figure.text)).toEqual(figures.map(() => ''));
    const tables = allElements(reading.tree).filter((e) => e.role === 'Table');
    const monthTable = tables.find((t) => fullText(t).startsWith('Mēnesis'))!;
    expect(
      monthTable.children[0]!.children.map((cell) => [cell.role, cell.scope, cell.text]),
    ).toEqual([
      ['TH', 'Column', 'Mēnesis'],
      ['TH', 'Column', 'Klienti'],
      ['TH', 'Column', 'Kontakti'],
    ]);
    expect(monthTable.children[1]!.children.map((cell) => cell.text)).toEqual([
      '2021. gada jūnijs',
      '120',
      '610',
    ]);
  });

  it('keeps a table that continues on the next page one Table, its repeated header an artifact', async () => {
    // 80 countries: the full countries table runs over two pages.
    const many = {
      ...stats,
      countries: Array.from({ length: 80 }, (_, index) => ({
        code: `X${String.fromCharCode(65 + (index % 26))}`.slice(0, 2),
        name: `Valsts ${index + 1}`,
        clients: 200 - index,
      })),
    };
    const long = await readArchival(await renderReport(many, sampleConfig(), options));
    expect(taggingProblems(long)).toEqual([]);
    const tables = allElements(long.tree).filter((e) => e.role === 'Table');
    const split = tables.filter(
      (table) => new Set(allElements(table.children).flatMap((e) => e.pages)).size > 1,
    );
    expect(split.length).toBeGreaterThan(0);
    for (const table of split) {
      const rows = table.children;
      expect(rows.filter((row) => row.children.some((c) => c.role === 'TH'))).toHaveLength(1);
      // Every row drawn is one TR of the table, on whichever page it is.
      expect(rows.length).toBeGreaterThan(40);
    }
  });

  it('finds what a default pdfkit file lacks (the checks can fail)', async () => {
    const plain = await readArchival(await plainPdf());
    expect(taggingProblems(plain)).toEqual(
      expect.arrayContaining([
        'page 1: /Tabs is not /S',
        'page 1: no /StructParents',
        'page 1: re outside tagged content and artifacts',
        "the structure tree's root holds nothing, not one Document",
      ]),
    );
    const problems = documentProblems(plain, { json: '{}' });
    expect(problems).toEqual(
      expect.arrayContaining([
        'PDF version 1.3, not 1.7',
        'MarkInfo /Marked is not true',
        'catalog /Lang is not lv-LV',
        'no StructTreeRoot',
        'XMP pdfaid:part is not 3',
        '0 output intents, not 1',
        '0 associated JSON files, not 1',
      ]),
    );
  });
});
