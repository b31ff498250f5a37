import { describe, expect, it } from 'vitest';
import type { Statistics } from '../../src/model/statistics.js';
import { renderNarratives } from '../../src/render/narrative.js';
import { renderReport } from '../../src/render/pdf.js';
import { normaliseSpace, pdfPageTexts } from '../helpers/pdf-text.js';
import { sampleConfig, sampleStatistics } from './pdf-fixture.js';

const generatedOn = new Date('2021-12-01T00:00:00Z');
const NBSP = '\u00A0';

/** The PDF's text, as printed (no-break spaces kept), and with spaces collapsed. */
async function reportText(stats: Statistics) {
  const config = sampleConfig();
  const pdf = await renderReport(stats, config, {
    narratives: renderNarratives(stats, config),
    generatedOn,
    configDir: '/nonexistent',
  });
  const raw = (await pdfPageTexts(pdf)).join('\n');
  return { raw, text: normaliseSpace(raw) };
}

/** The shares printed in the rows of a table: "<name> <count> <share> %" between two phrases. */
function tableShares(text: string, from: string, to: string): number[] {
  const table = text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from)));
  return [...table.matchAll(/ (?:\d+|<\d+|×) (\d+) %/g)].map((match) => Number(match[1]));
}

describe('shares in the PDF', async () => {
  const { raw, text } = await reportText(sampleStatistics());

  it('gives the portrait groups their shares of all clients', () => {
    // 72 women, 107 men and 62 children of 241: 29,88 44,40 25,73 → 30 + 44 + 26 = 100.
    expect(text).toContain(
      'Starp apkalpotajiem klientiem bija 72 sievietes (30 %), 107 vīrieši (44 %) un 62 bērni līdz 18 gadu vecumam (26 %).',
    );
  });

  it('names the top countries with their shares, as the table prints them', () => {
    expect(text).toContain('visvairāk no Irākas (90 jeb 37 %), Afganistānas (59 jeb 25 %)');
    expect(text).toMatch(/Irāka 90 37 %/);
    expect(text).toMatch(/Afganistāna 59 25 %/);
  });

  it('prints a share column whose rows add up to 100 %, in the countries and the closures tables', () => {
    const countries = tableShares(text, 'Visas valstis', 'Kopā (');
    expect(countries).toHaveLength(22);
    expect(countries.reduce((sum, share) => sum + share, 0)).toBe(100);
    const closures = tableShares(text, 'Slēgšanas iemesls', 'Kopā 142');
    expect(closures).toHaveLength(6);
    expect(closures.reduce((sum, share) => sum + share, 0)).toBe(100);
    expect(text).toContain('Kopā 142 100 %');
  });

  it('gives equal counts equal shares', () => {
    // Five countries of 2 clients and one of 1 (and stateless 1): rounding never splits them.
    const twos = [
      ...text.matchAll(/(?:Ukraina|Kamerūna|Eritreja|Pakistāna|Indija|Ēģipte|Vjetnama) 2 (\d+) %/g),
    ];
    expect(twos.length).toBe(7);
    expect(new Set(twos.map((match) => match[1])).size).toBe(1);
  });

  it('writes "42 %" with a space before the sign, never split from its number', () => {
    // The PDF's text layer shows the no-break space as a space: the sign never opens a line.
    expect(raw).toContain('37 %');
    expect(raw).not.toMatch(/\d%/);
    expect(raw).not.toMatch(/\n\s*%/);
  });

  it('keeps the no-break space in the narrative the PDF sets', () => {
    const narratives = renderNarratives(sampleStatistics(), sampleConfig());
    expect(narratives.countries).toMatch(new RegExp(`\\(90\\s+jeb 37${NBSP}%\\)`));
    expect(narratives.portrait).toContain(`(30${NBSP}%)`);
  });
});

describe('shares with small-cell suppression', async () => {
  const { text } = await reportText({ ...sampleStatistics(), suppressBelow: 5 });

  it('prints no share beside a masked count, in the tables or the narrative', () => {
    expect(text).toContain('Sīrija <5 ×');
    expect(text).toContain('Cits iemesls <5 ×');
    expect(text).not.toMatch(/<5 \d+ %/);
    expect(text).not.toMatch(/<5\) \(\d+ %\)|mazāk nekā 5 \w+ \(\d+ %\)/);
    expect(text).toContain('Slēpta skaitļa daļa procentos arī aizstāta ar „×”.');
  });

  it('computes the shares shown as if the masked counts were one: the same whatever they are', async () => {
    const stats = sampleStatistics();
    // Turcija and Tadžikistāna (3 clients each, both masked) become 4 + 2 or 2 + 4: the
    // shares printed for the other rows must be the same, or they would tell the two apart.
    const tweak = (a: number, b: number) => ({
      ...stats,
      suppressBelow: 5,
      countries: stats.countries.map((country) =>
        country.code === 'TR'
          ? { ...country, clients: a }
          : country.code === 'TJ'
            ? { ...country, clients: b }
            : country,
      ),
    });
    const shown = async (s: Statistics) =>
      tableShares((await reportText(s)).text, 'Visas valstis', 'Kopā (');
    expect(await shown(tweak(4, 2))).toEqual(await shown(tweak(2, 4)));
  });
});
