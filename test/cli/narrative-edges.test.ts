/**
 * The narratives at their edges, read from the PDF the command line writes: a
 * period without a contact (`--allow-empty`) and a period of one client served
 * by one social worker and one mentor (fixtures/report/one-client.csv). Each
 * must read as Latvian: no empty list before a semicolon, no "0 sociālie
 * mentori", singular forms that agree, no "No viņiem 1 klients" of a lone client.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseSpace, pdfPageTexts } from '../helpers/pdf-text.js';
import { describeRun, dirWith, runCli } from '../helpers/run-cli.js';

const CONFIG = {
  billing: { ratePerClientMonth: 95, currency: 'EUR', vatExcluded: true },
};
const EPOCH = { SOURCE_DATE_EPOCH: '1638316800' };

async function reportText(fixture: string, args: string[]): Promise<string> {
  const cwd = dirWith(fixture);
  writeFileSync(join(cwd, 'c.json'), JSON.stringify(CONFIG));
  const run = runCli([...args, '--config', 'c.json', '-o', 'r.pdf', '-q'], { cwd, env: EPOCH });
  expect(run.code, describeRun(run)).toBe(0);
  return normaliseSpace((await pdfPageTexts(readFileSync(join(cwd, 'r.pdf')))).join('\n'));
}

/** What no sentence of the report may contain, whatever the figures. */
function expectWellFormed(text: string): void {
  // An empty list or clause leaves a space before punctuation ("sniedza ;").
  expect(text).not.toMatch(/ [;,.:](?!\d)/);
  expect(text).not.toMatch(/\b0 sociāl/);
  expect(text).not.toContain('undefined');
}

describe('the narratives of a period without a contact', async () => {
  const text = await reportText('fixtures/report/small.csv', [
    '--period',
    '2022H1',
    '-i',
    'small.csv',
    '--allow-empty',
  ]);

  it('say in whole sentences that nobody was served, section by section', () => {
    expectWellFormed(text);
    expect(text).toContain(
      'Laika posmā no 2022. gada 1. janvāra līdz 2022. gada 30. jūnijam pakalpojums netika sniegts nevienam klientam.',
    );
    expect(text).toContain('Šajā periodā atbalsts netika sniegts nevienai personai.');
    expect(text).toContain('Šajā periodā netika slēgta neviena klienta lieta.');
    // The staff section is one sentence, said once: no "Pakalpojumu sniedza ;".
    expect(text).toContain(
      '9. Darbinieki Šajā periodā neviens darbinieks nav strādājis ar klientiem. 10. Norēķini',
    );
    expect(text).not.toContain('Pakalpojumu sniedza');
    expect(text).toContain(
      'Šajā periodā netika apkalpots neviens klients, tāpēc samaksa ir 0,00 EUR (bez PVN).',
    );
    expect(text).not.toContain('0 klientmēnešus');
  });
});

describe('the narratives of one client, one social worker and one mentor', async () => {
  const text = await reportText('fixtures/report/one-client.csv', [
    '--from',
    '2021-06-01',
    '--to',
    '2021-06-15',
    '-i',
    'one-client.csv',
  ]);

  it('put every count of one in the singular, participles agreeing', () => {
    expectWellFormed(text);
    expect(text).toContain(
      'apkalpots 1 klients, pakalpojuma nodrošināšanā iesaistīts 1 sociālais darbinieks un vidēji 1 sociālais mentors. ' +
        'Norādītajā periodā palīdzība tika sniegta 1 sievietei. Šis klients pakalpojumu sāka saņemt šajā periodā.',
    );
    expect(text).not.toContain('No viņiem 1 klients');
    expect(text).toContain('šajā periodā saņēmusi 1 unikāla persona.');
    expect(text).toContain('Starp apkalpotajiem klientiem bija 1 sieviete.');
    expect(text).toContain(
      'Pakalpojumu sniedza 1 sociālais darbinieks un 1 sociālais mentors; vidēji mēnesī darbojās 1 sociālais mentors. ' +
        'Kopā reģistrēti 2 kontakti ar klientiem: sociālo darbinieku – 1, sociālo mentoru – 1.',
    );
    expect(text).toContain(
      'kopā veido 1 klientmēnesi; ar likmi 95,00 EUR par klientmēnesi samaksa ir 95,00 EUR (bez PVN).',
    );
    expect(text).toContain(
      'Ziņojums sagatavots no 1 faila: apstrādātas 2 rindas, no tām derīgas 2 rindas.',
    );
  });

  it('name the one closure reason without a count or a share', () => {
    expect(text).toContain(
      'Tika slēgta 1 klienta lieta. Slēgšanas iemesls – patstāvīgi izbrauca no valsts.',
    );
    expect(text).not.toContain('Slēgšanas iemesli');
  });
});
