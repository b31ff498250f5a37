import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { narrativeContext, renderNarratives } from '../../src/render/narrative.js';
import { renderReport } from '../../src/render/pdf.js';
import { normaliseSpace, pdfInfo, pdfPageTexts, pdfPlacedTexts } from '../helpers/pdf-text.js';
import { withNobodyServed } from './fixture-statistics.js';
import { sampleConfig, sampleNarratives, sampleStatistics } from './pdf-fixture.js';

const generatedOn = new Date('2021-12-01T00:00:00Z');
const options = { narratives: sampleNarratives(), generatedOn, configDir: '/nonexistent' };

describe('renderReport', async () => {
  const pdf = await renderReport(sampleStatistics(), sampleConfig(), options);
  const pages = await pdfPageTexts(pdf);
  const text = normaliseSpace(pages.join('\n'));

  it('is a PDF of a sane length', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages.length).toBeGreaterThanOrEqual(6);
    expect(pages.length).toBeLessThanOrEqual(12);
  });

  it('opens with the title, the period, the organisation, the contract and the date prepared', () => {
    const first = normaliseSpace(pages[0]!);
    expect(first).toContain(
      'Starpposma ziņojums par sociālā darbinieka un sociālā mentora pakalpojumu nodrošināšanu patvēruma meklētājiem un personām ar bēgļa vai alternatīvo statusu',
    );
    expect(first).toContain('laika posmā no 2021. gada 1. jūnija līdz 2021. gada 30. novembrim');
    // The config writes ASCII quotes; the report prints Latvian ones.
    expect(first).toContain('Biedrība „Latvijas Sarkanais Krusts”');
    expect(first).toContain(
      'Līgums: Nr. S-SIF-2021-7, noslēgts 2021. gada 21. maijā ar Sabiedrības integrācijas fondu',
    );
    expect(first).toContain(
      'Projekts: Eiropas Sociālā fonda projekts „Dažādības veicināšana” (Nr. 9.1.4.4./16/I/001)',
    );
    expect(first).toContain('Finansējums: Pakalpojums tika nodrošināts');
    expect(first).toContain('Sagatavots: 2021. gada 1. decembrī');
  });

  it('shows the key figures and the contact persons on the first page', () => {
    const first = normaliseSpace(pages[0]!);
    for (const figure of [
      '241 klients periodā (unikāla persona)',
      '97 jauni klienti',
      '1 688 klienti kopš pirmā kontakta',
      '4 015 kontakti',
      '21 izcelsmes valsts',
      '142 slēgtas klientu lietas',
    ]) {
      expect(first).toContain(figure);
    }
    expect(first).toContain('Anna Paraugs');
    expect(first).toContain('e-pasts: anna.paraugs@example.lv');
  });

  it('makes every count agree with its noun, the renderer’s own labels included', () => {
    expect(text).not.toMatch(/\b241 klienti\b/);
    expect(text).not.toMatch(/\b21 (izcelsmes )?valstis\b/);
    expect(text).toContain('Kopā (21 valsts un bezvalstnieki)');
  });

  it('counts as "citas valstis" in the chart what the narrative calls other countries', async () => {
    // Beyond the top 5: 5 + 5 + 4 + 4 + 3 × 4 + 2 × 7 + 1 = 45 clients of 16 countries; stateless is no country.
    const { items } = await pdfPlacedTexts(pdf);
    const label = items.find((item) => item.text === 'citas valstis')!;
    const value = items.filter(
      (item) => item.page === label.page && Math.abs(item.y - label.y) < 2 && item.x > label.x,
    );
    expect(value.map((item) => item.text)).toEqual(['45']);
    const narrative = narrativeContext(sampleStatistics(), sampleConfig()).countries.others;
    expect(narrative).toEqual({ countries: 16, clients: 45 });
  });

  it('keeps every Latvian letter, small and capital, in the text layer', () => {
    expect(text).toContain('Ģimenes, ķēķis, ļoti, ņemot, žēl, čaklas: ĀČĒĢĪĶĻŅŠŪŽ');
    // Labels the renderer itself writes.
    for (const word of [
      'Ēģipte',
      'Ķekavas novads',
      'Tiesiskais statuss',
      'Vīrieši',
      'Klientu lietu slēgšana',
      'Pielikums. Datu kvalitāte',
      'Sociālie mentori vidēji mēnesī',
    ]) {
      expect(text).toContain(word);
    }
  });

  it('writes chart labels as real text, Latvian letters included', () => {
    // These appear only in charts: the age-group bars and "citas valstis".
    for (const label of ['Bērni (līdz 18)', 'Sievietes (18+)', 'citas valstis']) {
      expect(text).toContain(label);
    }
  });

  it('keeps all text inside the margins, and body text above the footer', async () => {
    const { items, pageSize } = await pdfPlacedTexts(pdf);
    const [width, height] = pageSize;
    for (const item of items) {
      expect(item.x, item.text).toBeGreaterThanOrEqual(56 - 0.5);
      expect(item.x + item.width, item.text).toBeLessThanOrEqual(width - 56 + 0.5);
      expect(item.y, item.text).toBeGreaterThan(56);
      const inFooter = item.y > height - 78 + 20;
      const footerText =
        /lpp\. no|Finansējums|Pakalpojums (tiek|tika) nodrošināts|apmērā|Latvijas valsts/.test(
          item.text,
        );
      if (inFooter) expect(footerText, item.text).toBe(true);
    }
  });

  it('compares with the earlier period in a small table', () => {
    expect(text).toContain('Salīdzinājums ar iepriekšējo periodu');
    expect(text).toContain('Klienti (unikālas personas) 342 241 −30 %');
    expect(text).toContain('Kontakti ar klientiem 3 000 4 015 +34 %');
  });

  it('prints figures in Latvian style', () => {
    expect(text).toContain('36 582,00 EUR');
    expect(text).toContain('45,50 EUR');
    expect(text).toContain('10,2');
    expect(text).toContain('2021. gada septembris 150 720');
  });

  it('counts the period total once per person in the monthly table', () => {
    expect(text).toContain('Periodā kopā* 241 4 015');
    expect(text).toContain('katrs klients skaitīts vienu reizi');
  });

  it('puts "N. lpp. no M" and the funding sentence on every page', () => {
    pages.forEach((page, index) => {
      const normal = normaliseSpace(page);
      expect(normal).toContain(`${index + 1}. lpp. no ${pages.length}`);
      // The period is over when the report is made: the past tense.
      expect(normal).toContain('Finansējums 85 % apmērā tika piešķirts no Eiropas Sociālā fonda');
    });
  });

  it('lists the input files with their SHA-256 in the annex', () => {
    // In the body's type size, in two halves of 32 characters.
    expect(text).toMatch(/kontakti-2021-2\.csv 2 000 (0123456789abcdef){2} (0123456789abcdef){2} /);
    expect(text).toContain('Izņemti dublikāti 45');
  });

  it('never prints a client id', () => {
    expect(text).not.toMatch(/\bK-\d+\b/);
    expect(text).not.toMatch(/client_id/);
  });

  it('renders the same bytes for the same input', async () => {
    const again = await renderReport(sampleStatistics(), sampleConfig(), options);
    expect(again.equals(pdf)).toBe(true);
  });

  it('derives the document id from the date and the content', async () => {
    const id = (bytes: Buffer) => /\/ID \[<([0-9a-f]+)>/.exec(bytes.toString('latin1'))?.[1];
    const other = {
      ...sampleStatistics(),
      contacts: { total: 4016, socialWorker: 1205, mentor: 2811 },
    };
    const changed = await renderReport(other, sampleConfig(), options);
    expect(id(pdf)).toMatch(/^[0-9a-f]{32}$/);
    expect(id(changed)).toMatch(/^[0-9a-f]{32}$/);
    expect(id(changed)).not.toBe(id(pdf));
  });

  it('stores the metadata: title, author, subject, language, creation date', async () => {
    const info = await pdfInfo(pdf);
    // The period in the title, so that two open reports can be told apart.
    expect(info.Title).toBe(
      `${sampleConfig().title} laika posmā no 2021. gada 1. jūnija līdz 2021. gada 30. novembrim`,
    );
    expect(info.Author).toBe('Biedrība „Latvijas Sarkanais Krusts”');
    expect(info.Subject).toBe(
      'Starpposma ziņojums no 2021. gada 1. jūnija līdz 2021. gada 30. novembrim',
    );
    expect(info.CreationDate).toBe('D:20211201000000Z');
    // A boolean: a failing matcher on the raw bytes would print the whole file.
    expect(pdf.toString('latin1').includes('/Lang (lv-LV)')).toBe(true);
  });
});

describe('renderReport with other inputs', () => {
  it('masks small counts as "<5" in the breakdown tables when suppressBelow is 5', async () => {
    const stats = { ...sampleStatistics(), suppressBelow: 5 };
    const text = normaliseSpace(
      (await pdfPageTexts(await renderReport(stats, sampleConfig(), options))).join('\n'),
    );
    // Countries: Sīrija 4 → "<5"; "citas valstis" (45) is a printed sum of the countries after
    // the top five, so the small ones among them need larger ones masked beside them.
    expect(text).toContain('Sīrija <5');
    expect(text).toContain('Kuba ×');
    expect(text).toContain('Irāka 90');
    // Locations: Ķekavas novads 4 is the only small one, so Jūrmala (6), the next smallest, is masked too.
    expect(text).toContain('Ķekavas novads <5');
    expect(text).toContain('Jūrmala ×');
    // Closures: 2 "other" is masked; totals stay exact.
    expect(text).toContain('Cits iemesls <5');
    expect(text).toContain('Personu datu aizsardzībai skaitļi no 1 līdz 4 aizstāti ar „<5”');
    // Month and headline figures are not breakdowns of persons by a category: exact.
    expect(text).toContain('Periodā kopā* 241 4 015');
  });

  it('prints women/men/children exactly and masks age-band cells so that no sum gives one away', async () => {
    // 65+ has 1 woman and 1 man, masked; the adult totals printed beside the table (72, 107)
    // would give them away unless another adult cell of each gender is masked too.
    const stats = { ...sampleStatistics(), suppressBelow: 5 };
    const pdf = await renderReport(stats, sampleConfig(), options);
    const { items } = await pdfPlacedTexts(pdf);
    // The texts printed on a label's line, right of it: a chart bar's value or a table row's
    // cells. The last such label: the age bands label the pyramid first, then the table.
    const rightOf = (label: string) => {
      const at = items.filter((item) => item.text === label).at(-1)!;
      return items
        .filter((item) => item.page === at.page && Math.abs(item.y - at.y) < 2 && item.x > at.x)
        .map((item) => item.text);
    };
    expect(['Sievietes (18+)', 'Vīrieši (18+)', 'Bērni (līdz 18)'].map(rightOf)).toEqual([
      ['72'],
      ['107'],
      ['62'],
    ]);
    // 65+ holds 1 woman and 1 man. The printed children (62), band totals and column totals
    // would give its total (2) away, and with it both cells: other cells are masked until
    // none of the three can be worked out.
    expect(rightOf('18–34 gadi')).toEqual(['×', '×', '0', '115']);
    expect(rightOf('35–64 gadi')).toEqual(['×', '×', '0', '×']);
    expect(rightOf('65 gadi un vairāk')).toEqual(['<5', '<5', '0', '<5']);
  });

  it('leaves out billing without a rate, and says so when staff ids are missing', async () => {
    const stats = { ...sampleStatistics(), billing: null, staff: null };
    const narratives = { ...sampleNarratives(), billing: '' };
    const text = normaliseSpace(
      (
        await pdfPageTexts(
          await renderReport(stats, sampleConfig({ billing: null }), { ...options, narratives }),
        )
      ).join('\n'),
    );
    expect(text).not.toContain('Norēķini');
    expect(text).toContain('Ievaddatos nav norādīti darbinieki');
    expect(text).toContain('Pielikums. Datu kvalitāte');
  });

  it('draws the logos of the config', async () => {
    const { createCanvas } = await import('@napi-rs/canvas');
    const canvas = createCanvas(120, 40);
    const context = canvas.getContext('2d');
    context.fillStyle = '#cc0000';
    context.fillRect(0, 0, 120, 40);
    const directory = await mkdtemp(join(tmpdir(), 'lsk-logo-'));
    await writeFile(join(directory, 'logo.png'), canvas.toBuffer('image/png'));
    const pdf = await renderReport(sampleStatistics(), sampleConfig({ logos: ['logo.png'] }), {
      ...options,
      configDir: directory,
    });
    expect(pdf.toString('latin1').includes('/Subtype /Image')).toBe(true);
    await rm(directory, { recursive: true });
  });

  it('fails with a message naming a missing logo', async () => {
    const config = sampleConfig({ logos: ['missing-logo.png'] });
    await expect(renderReport(sampleStatistics(), config, options)).rejects.toThrow(
      new UserError('config: logos: cannot read missing-logo.png: there is no such file or folder'),
    );
  });

  it('fails with a message naming a logo that is not an image', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'lsk-logo-'));
    await writeFile(join(directory, 'logo.png'), 'not an image');
    const config = sampleConfig({ logos: ['logo.png'] });
    await expect(
      renderReport(sampleStatistics(), config, { ...options, configDir: directory }),
    ).rejects.toThrow('config: logos: logo.png is not a PNG or JPEG image');
    await rm(directory, { recursive: true });
  });

  it('takes the narratives that renderNarratives writes from the templates', async () => {
    const stats = sampleStatistics();
    const narratives = renderNarratives(stats, sampleConfig());
    const pages = await pdfPageTexts(
      await renderReport(stats, sampleConfig(), { ...options, narratives }),
    );
    const first = normaliseSpace(pages[0]!);
    expect(first).toContain('apkalpots 241 klients');
  });
});

describe('renderReport at the extremes', () => {
  it('labels a comparison of one-month periods by month, with the years in bands', async () => {
    const stats = sampleStatistics();
    const months = Array.from({ length: 14 }, (_, index) => {
      const month = ((9 + index) % 12) + 1;
      const year = 2020 + Math.floor((9 + index) / 12);
      const from = `${year}-${String(month).padStart(2, '0')}-01`;
      const to = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
      return { from, to, clients: 30 + index };
    });
    stats.comparison = { ...stats.comparison, series: months };
    const pdf = await renderReport(stats, sampleConfig(), options);
    const { items } = await pdfPlacedTexts(pdf);
    const caption = items.find(
      (item) => item.text === 'Unikālie klienti tāda paša garuma periodos',
    )!;
    const chart = items.filter(
      (item) => item.page === caption.page && item.y > caption.y && item.y < caption.y + 200,
    );
    const texts = chart.map((item) => item.text);
    // 10.2020 … 11.2021 as "okt.", "nov.", …, "janv.", … with "2020" and "2021" under them.
    expect(texts).toEqual(
      expect.arrayContaining(['okt.', 'nov.', 'dec.', 'janv.', '2020', '2021']),
    );
    expect(texts.filter((text) => /\d{2}\.\d{4}/.test(text))).toEqual([]);
  });

  it('repeats a long table header on every page it spans, and stays inside the margins', async () => {
    const stats = sampleStatistics();
    const names = Array.from(
      { length: 70 },
      (_, index) => `Valsts ${String(index + 1).padStart(2, '0')} ķēžu`,
    );
    stats.countries = names.map((name, index) => ({
      // Two-letter codes, as countries have (stateless and unknown are listed apart).
      code: String.fromCharCode(65 + Math.floor(index / 26), 65 + (index % 26)),
      name,
      clients: 70 - index,
    }));
    const narratives = {
      ...sampleNarratives(),
      countries: 'Gara rindkopa par valstīm. '.repeat(120),
    };
    const pdf = await renderReport(stats, sampleConfig(), { ...options, narratives });
    const pages = (await pdfPageTexts(pdf)).map(normaliseSpace);
    const withRows = pages.filter((page) => /\d\. Valsts \d\d ķēžu/.test(page));
    expect(withRows.length).toBeGreaterThan(1);
    for (const page of withRows) expect(page).toContain('Nr. Valsts (pilsonība) Klienti');
    expect(pages.join(' ')).toContain('70. Valsts 70 ķēžu 1');
    const { items, pageSize } = await pdfPlacedTexts(pdf);
    for (const item of items) {
      expect(item.x + item.width, item.text).toBeLessThanOrEqual(pageSize[0] - 56 + 0.5);
    }
  });

  it('renders a period without any contact', async () => {
    const stats = { ...withNobodyServed(sampleStatistics()), suppressBelow: 5 };
    const pdf = await renderReport(stats, sampleConfig({ billing: null }), options);
    const text = normaliseSpace((await pdfPageTexts(pdf)).join('\n'));
    // Tables of nothing but zeros become one sentence each.
    expect(text).toContain(
      'Šajā periodā nebija neviena klienta, tāpēc ziņu par klientu dzimumu, vecumu un mājsaimniecībām nav.',
    );
    expect(text).toContain(
      'Šajā periodā nebija neviena klienta, tāpēc ziņu par klientu tiesisko statusu un ierašanās veidu nav.',
    );
    expect(text).not.toContain('Sieviešu vidējais vecums, gados');
    expect(text).not.toContain('Patvēruma meklētāji 0');
    expect(text).not.toContain('Slēgšanas iemesls');
    expect(text).toContain('termiņu pārbaude nav veikta');
  });
});
