import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { NARRATIVE_SECTIONS, renderNarratives } from '../../src/render/narrative.js';
import { statisticsSchema } from '../../src/model/statistics.js';
import { emptyStatistics, seedStatistics } from './fixture-statistics.js';

const config = configSchema.parse({});
const NBSP = '\u00A0';

/**
 * The paragraphs with no-break spaces shown as spaces: these tests check the
 * words; "keeps numbers with their nouns" below checks the spaces themselves.
 */
function narrate(...args: Parameters<typeof renderNarratives>) {
  const text = renderNarratives(...args);
  for (const section of NARRATIVE_SECTIONS) text[section] = text[section].replaceAll(NBSP, ' ');
  return text;
}

describe('renderNarratives on the 2021 H2 figures', () => {
  const stats = statisticsSchema.parse(seedStatistics());
  const text = narrate(stats, config);

  it('has every section', () => {
    expect(Object.keys(text)).toEqual([...NARRATIVE_SECTIONS]);
  });

  it('writes the summary in the seed report’s words, "241 klients" in the singular', () => {
    expect(text.summary).toBe(
      'Laika posmā no 2021. gada 1. jūnija līdz 2021. gada 30. novembrim apkalpots 241 klients, ' +
        'pakalpojuma nodrošināšanā iesaistīti 2 sociālie darbinieki un vidēji 10 sociālie mentori. ' +
        'Norādītajā periodā palīdzība tika sniegta 99 sievietēm un 142 vīriešiem (visu vecumu, ieskaitot bērnus). ' +
        'No viņiem 180 klienti pakalpojumu sāka saņemt šajā periodā. ' +
        'Kopš pirmā kontakta ievaddatos (2016. gada 6. aprīlī) līdz 2021. gada 30. novembrim atbalsts sniegts 1 500 unikālām personām.',
    );
    for (const section of Object.values(text)) expect(section).not.toContain('241 klienti');
  });

  it('names each month in the locative and explains the period total', () => {
    expect(text.monthly).toBe(
      'Sociālā darbinieka un sociālā mentora atbalstu šajā periodā saņēmusi 241 unikāla persona, ' +
        'dalījumā pa mēnešiem – 120 personas jūnijā, 130 personas jūlijā, 111 personas augustā, ' +
        '101 persona septembrī, 134 personas oktobrī un 168 personas novembrī. ' +
        'Perioda kopskaitā katra persona ieskaitīta tikai vienu reizi, arī tad, ja atbalstu saņēmusi ' +
        'vairākos mēnešos, tāpēc tas var būt mazāks par mēnešu skaitļu summu.',
    );
  });

  it('describes the social portrait with agreeing ages', () => {
    expect(text.portrait).toBe(
      // Shares of 241: 29,46 45,64 24,90 → 29 + 45 + 24 = 98; the two largest remainders get a point.
      'Starp apkalpotajiem klientiem bija 71 sieviete (29 %), 110 vīrieši (46 %) un 60 bērni līdz 18 gadu vecumam (25 %). ' +
        'Sieviešu vidējais vecums – 31 gads, vīriešu – 32,5 gadi. ' +
        'Atbalsts sniegts 20 ģimenēm (kopā 75 ģimenes locekļi) un 166 individuālām personām.',
    );
  });

  it('lists the top countries in the genitive', () => {
    expect(text.countries).toBe(
      // The shares the countries table prints (all its rows add up to 100 %).
      'Kopumā klienti nākuši no 21 valsts, visvairāk no Irākas (90 jeb 37 %), Afganistānas (59 jeb 25 %), ' +
        'Baltkrievijas (25 jeb 11 %), Azerbaidžānas (15 jeb 6 %) un Kolumbijas (6 jeb 3 %). ' +
        'Vēl 44 klienti nākuši no 16 citām valstīm. Bezvalstnieka statuss – 2 klientiem.',
    );
  });

  it('states legal status and arrival', () => {
    expect(text.status).toBe(
      'Klientu statuss (atbilstoši pēdējam kontaktam periodā): patvēruma meklētāji – 150, ' +
        'personas ar bēgļa statusu – 60, personas ar alternatīvo statusu – 31.\n\n' +
        'Šajā periodā nebija neviena klienta, kas pārvietots Eiropas Savienības pārvietošanas programmas ietvaros. ' +
        'Latvijā patstāvīgi ieradies 241 klients.',
    );
  });

  it('lists services by clients, ties in code order', () => {
    expect(text.services).toBe(
      'Perioda laikā klientiem sniegtie pakalpojumi (klientu skaits): dokumentu kārtošana – 200, ' +
        'veselības aprūpe – 150, saziņa ar iestādēm – 150 un psihoemocionālais atbalsts – 41.',
    );
  });

  it('counts closures and leaves zero reasons out', () => {
    expect(text.closures).toBe(
      // Shares of 142: 76,76 16,90 4,93 1,41 → 76 + 16 + 4 + 1 = 97, and three points to the remainders.
      // The reasons are named as the chart and the table name them.
      'Tika slēgtas 142 klientu lietas. Slēgšanas iemesli (lietu skaits): ' +
        'patstāvīgi izbrauca no valsts – 109 (77 %), atgriezušies vai atgriezti mītnes zemē – 24 (17 %), ' +
        'atteicās sadarboties – 7 (5 %) un beidzies pakalpojuma saņemšanas termiņš – 2 (1 %).',
    );
  });

  it('lists locations, staff and data quality', () => {
    expect(text.locations).toBe(
      'Klientu dzīvesvietas (atbilstoši pēdējam kontaktam periodā): ' +
        'Patvēruma meklētāju izmitināšanas centrs „Mucenieki” (PMIC) – 180, Rīga – 50 un Jelgava – 11.',
    );
    expect(text.staff).toBe(
      'Pakalpojumu sniedza 2 sociālie darbinieki un 12 sociālie mentori; ' +
        'vidēji mēnesī darbojās 10 sociālie mentori. ' +
        'Kopā reģistrēti 3 120 kontakti ar klientiem: sociālo darbinieku – 820, sociālo mentoru – 2 300.',
    );
    expect(text.quality).toBe(
      'Ziņojums sagatavots no 2 failiem: apstrādātas 3 200 rindas, no tām derīgas 3 150 rindas. ' +
        'Atmestas 50 rindas ar kļūdām. Izņemti 30 dublikāti. ' +
        'Datu pārbaudē reģistrēti 3 brīdinājumi.',
    );
  });

  it('leaves billing empty without a rate and writes it with one', () => {
    expect(text.billing).toBe('');
    const billed = {
      ...stats,
      billing: { clientMonths: 764, ratePerClientMonth: 32.72, amount: 24998.08, currency: 'EUR' },
    };
    expect(narrate(billed, config).billing).toBe(
      'Samaksa par pakalpojumu tiek aprēķināta, balstoties uz faktiski apkalpoto klientu skaitu. ' +
        'Šajā periodā apkalpoto klientu skaits pa mēnešiem kopā veido 764 klientmēnešus; ' +
        `ar likmi 32,72 EUR par klientmēnesi samaksa ir 24 998,08 EUR.`,
    );
  });
});

describe('renderNarratives on edge cases', () => {
  it('writes zeros and empty lists gracefully', () => {
    const text = narrate(statisticsSchema.parse(emptyStatistics()), config);
    expect(text.summary).toBe(
      'Laika posmā no 2021. gada 1. jūnija līdz 2021. gada 30. novembrim pakalpojums netika sniegts nevienam klientam.',
    );
    expect(text.monthly).toBe('Šajā periodā atbalsts netika sniegts nevienai personai.');
    expect(text.closures).toBe('Šajā periodā netika slēgta neviena klienta lieta.');
    expect(text.services).toBe('Šajā periodā nav reģistrēts neviens pakalpojums.');
    expect(text.quality).toBe(
      'Ziņojums sagatavots no 1 faila: apstrādāta 1 rinda, no tām derīga 1 rinda.',
    );
    for (const key of [
      'portrait',
      'countries',
      'status',
      'locations',
      'staff',
      'billing',
    ] as const) {
      expect(text[key], key).toBe('');
    }
    for (const paragraph of Object.values(text)) {
      expect(paragraph).not.toMatch(/\(\)|undefined|null|NaN| ,|\s\./);
    }
  });

  it('agrees singular counts throughout', () => {
    const stats = seedStatistics();
    stats.clients = { unique: 21, new: 0, cumulative: 0, cumulativeFrom: null };
    stats.staff = { socialWorkers: 1, mentors: 1, mentorsPerMonthAverage: 1 };
    stats.gender = { female: 1, male: 20, unknown: 0 };
    stats.closures = {
      total: 1,
      byReason: {
        left_country: 0,
        returned: 1,
        refused_cooperation: 0,
        plan_completed: 0,
        term_expired: 0,
        other: 0,
      },
    };
    stats.countries = [{ code: 'IQ', name: 'Irāka', clients: 21 }];
    stats.countryCount = 1;
    const text = narrate(stats, config);
    expect(text.summary).toBe(
      'Laika posmā no 2021. gada 1. jūnija līdz 2021. gada 30. novembrim apkalpots 21 klients, ' +
        'pakalpojuma nodrošināšanā iesaistīts 1 sociālais darbinieks un vidēji 1 sociālais mentors. ' +
        'Norādītajā periodā palīdzība tika sniegta 1 sievietei un 20 vīriešiem (visu vecumu, ieskaitot bērnus).',
    );
    // One reason is the whole: named without a count or a share.
    expect(text.closures).toBe(
      'Tika slēgta 1 klienta lieta. Slēgšanas iemesls – atgriezušies vai atgriezti mītnes zemē.',
    );
    expect(text.countries).toBe('Visi klienti ar zināmu pilsonību nākuši no Irākas.');
  });

  it('leaves out the staff a period did not have: no "0 sociālie darbinieki", no average of no mentors', () => {
    const mentorsOnly = seedStatistics();
    mentorsOnly.staff = { socialWorkers: 0, mentors: 3, mentorsPerMonthAverage: 2.4 };
    const withMentors = narrate(mentorsOnly, config);
    expect(withMentors.summary).toContain(
      'apkalpots 241 klients, pakalpojuma nodrošināšanā iesaistīti vidēji 2 sociālie mentori.',
    );
    expect(withMentors.staff).toMatch(
      /^Pakalpojumu sniedza 3 sociālie mentori; vidēji mēnesī darbojās 2 sociālie mentori\./,
    );
    const workerOnly = seedStatistics();
    workerOnly.staff = { socialWorkers: 1, mentors: 0, mentorsPerMonthAverage: 0 };
    const withWorker = narrate(workerOnly, config);
    expect(withWorker.summary).toContain(
      'apkalpots 241 klients, pakalpojuma nodrošināšanā iesaistīts 1 sociālais darbinieks.',
    );
    expect(withWorker.staff).toMatch(/^Pakalpojumu sniedza 1 sociālais darbinieks\. Kopā/);
    for (const text of [withMentors, withWorker]) {
      expect(text.summary + text.staff).not.toMatch(/\b0 sociāl| ;/);
    }
  });

  it('masks small counts when suppression is on, but not ages, staff or country numbers', () => {
    const stats = { ...seedStatistics(), suppressBelow: 10 };
    const text = narrate(stats, config);
    // A masked count gets no share; the printed shares treat the masked ones as one pool.
    expect(text.countries).toContain('Azerbaidžānas (15 jeb 6 %) un Kolumbijas (<10).');
    expect(text.countries).toContain('no 21 valsts');
    expect(text.countries).toContain('Bezvalstnieka statuss – mazāk nekā 10 klientiem.');
    expect(text.closures).toContain(
      'atteicās sadarboties – <10 un beidzies pakalpojuma saņemšanas termiņš – <10.',
    );
    expect(text.staff).toContain('2 sociālie darbinieki');
    expect(text.portrait).toContain('31 gads');
  });

  it('gives no figure for a closure reason the table hides to protect a small one', () => {
    const stats = { ...seedStatistics(), suppressBelow: 10 };
    // The seed's closures (109, 24, 7 and 2) without the 2: 7 is the one small count.
    stats.closures = { total: 140, byReason: { ...stats.closures.byReason, term_expired: 0 } };
    const text = narrate(stats, config);
    // The printed total less 109 would give the masked 7 away, so the table prints "×" for 24.
    expect(text.closures).toBe(
      'Tika slēgtas 140 klientu lietas. Slēgšanas iemesli (lietu skaits): ' +
        'patstāvīgi izbrauca no valsts – 109 (78 %), atgriezušies vai atgriezti mītnes zemē – skaits slēpts ' +
        'un atteicās sadarboties – <10.',
    );
    expect(text.closures).not.toContain('24');
  });

  it('gives no figure for a country, a location or a service a table hides to protect a small one', () => {
    const stats = { ...seedStatistics(), suppressBelow: 10 };
    stats.clients = { ...stats.clients, unique: 85 };
    // One small count beside a printed total: the smallest other is hidden ("×") too.
    stats.countries = [
      { code: 'IQ', name: 'Irāka', clients: 50 },
      { code: 'AF', name: 'Afganistāna', clients: 30 },
      { code: 'SY', name: 'Sīrija', clients: 5 },
    ];
    stats.countryCount = 3;
    stats.locations = [
      { name: 'Rīga', clients: 50 },
      { name: 'Valmiera', clients: 30 },
      { name: 'Cēsis', clients: 5 },
    ];
    // Services' contacts add up to a printed total; 2 clients ≤ 2 contacts pins the small row.
    stats.services = [
      { code: 'housing', clients: 50, contacts: 60 },
      { code: 'legal', clients: 30, contacts: 40 },
      { code: 'healthcare', clients: 2, contacts: 2 },
    ];
    const text = narrate(stats, config);
    expect(text.countries).toContain(
      'proti, no Irākas (50 jeb 59 %), Afganistānas (skaits slēpts) un Sīrijas (<10).',
    );
    expect(text.locations).toBe(
      'Klientu dzīvesvietas (atbilstoši pēdējam kontaktam periodā): Rīga – 50, Valmiera – skaits slēpts un Cēsis – <10.',
    );
    for (const section of [text.countries, text.locations]) expect(section).not.toContain('30');
    expect(text.services).toContain('veselības aprūpe – <10');
  });

  it('prints headline, gender, status, arrival, staff and data-quality figures exactly, participles agreeing', () => {
    const seed = seedStatistics();
    const stats = {
      ...seed,
      suppressBelow: 5,
      gender: { female: 99, male: 139, unknown: 3 },
      arrival: { relocation: 0, independent: 238, unknown: 3 },
      staff: { socialWorkers: 1, mentors: 12, mentorsPerMonthAverage: 10 },
      dataQuality: { ...seed.dataQuality, duplicatesRemoved: 1 },
    };
    const text = narrate(stats, config);
    expect(text.summary).toContain('iesaistīts 1 sociālais darbinieks');
    expect(text.summary).toContain('3 klientiem ar nezināmu dzimumu');
    expect(text.status).toContain('Ierašanās veids nav zināms 3 klientiem.');
    expect(text.quality).toContain('Izņemts 1 dublikāts.');
    for (const section of Object.values(text))
      expect(section).not.toMatch(/ti 1 |mazāk nekā 5 klientiem ar/);
  });

  it('groups the months by year when the period spans two years', () => {
    const stats = seedStatistics();
    stats.period = { from: '2021-12-01', to: '2022-01-31' };
    stats.monthly = [
      { month: '2021-12', clients: 5, contacts: 9 },
      { month: '2022-01', clients: 7, contacts: 9 },
    ];
    expect(narrate(stats, config).monthly).toContain(
      'Personu skaits pa mēnešiem 2021. gadā: decembrī – 5; 2022. gadā: janvārī – 7.',
    );
  });
});

describe('typography of the narrative', () => {
  const stats = statisticsSchema.parse(seedStatistics());
  const raw = renderNarratives(stats, configSchema.parse({ programStart: '2016-04-06' }));
  const all = Object.values(raw).join('\n\n');

  it('keeps numbers with their nouns, dates together and dashes off line starts', () => {
    expect(raw.summary).toContain(`241${NBSP}klients`);
    expect(raw.summary).toContain(`2021.${NBSP}gada${NBSP}30.${NBSP}novembrim`);
    expect(raw.status).toContain(`patvēruma meklētāji${NBSP}–${NBSP}150`);
    // No ordinary space between a digit and a letter, before a dash, or inside a date.
    expect(all).not.toMatch(/\d \p{Ll}/u);
    expect(all).not.toMatch(/ –/);
    expect(all).not.toMatch(/gada \d/);
  });

  it('uses Latvian quotation marks and spells the accommodation centre out', () => {
    expect(all).not.toMatch(/["“]/);
    expect(raw.locations).toContain('Patvēruma meklētāju izmitināšanas centrs „Mucenieki” (PMIC)');
  });

  it('explains the cumulative baseline with the programme start', () => {
    expect(raw.summary.replaceAll(NBSP, ' ')).toContain(
      'Kopš programmas sākuma 2016. gada 6. aprīlī līdz 2021. gada 30. novembrim atbalsts sniegts',
    );
  });

  it('never starts a sentence with a digit', () => {
    for (const [section, text] of Object.entries(raw)) {
      expect(text, section).not.toMatch(/(^|[.!?]\s+)\d/u);
    }
  });

  it('says "Visi N klienti" when every client is new, mentors as a whole number', () => {
    const everyoneNew = statisticsSchema.parse(seedStatistics());
    everyoneNew.clients.new = everyoneNew.clients.unique = 342;
    everyoneNew.staff = { socialWorkers: 2, mentors: 25, mentorsPerMonthAverage: 20.6 };
    const summary = renderNarratives(everyoneNew, config).summary.replaceAll(NBSP, ' ');
    expect(summary).toContain('Visi 342 klienti pakalpojumu sāka saņemt šajā periodā.');
    expect(summary).toContain('vidēji 21 sociālais mentors');
    expect(summary).not.toContain('20,6');
  });
});

describe('comparison with the earlier period', () => {
  it('says how the headline figures changed when the earlier period is covered', () => {
    const text = narrate(statisticsSchema.parse(seedStatistics()), config).comparison;
    expect(text).toBe(
      'Salīdzinājuma periods – no 2020. gada 1. decembra līdz 2021. gada 31. maijam. ' +
        'Klientu skaits samazinājies no 342 līdz 241 (−30 %). ' +
        'Jauno klientu skaits pieaudzis no 150 līdz 180 (+20 %). ' +
        'Kontaktu skaits pieaudzis no 3 000 līdz 3 120 (+4 %). ' +
        'Slēgto klientu lietu skaits nav mainījies (142).',
    );
  });

  it('gives no percentage for a change under half a percent, which would read "samazinājies (0 %)"', () => {
    const stats = statisticsSchema.parse(seedStatistics());
    const { figures, change } = stats.comparison;
    stats.comparison = {
      ...stats.comparison,
      figures: { ...figures!, contacts: { total: 3121 } },
      change: { ...change!, contacts: { total: { difference: -1, percent: 0 } } },
    };
    const text = narrate(stats, config).comparison;
    expect(text).toContain('Kontaktu skaits samazinājies no 3 121 līdz 3 120.');
    expect(text).not.toContain('(0 %)');
  });

  it('says in one sentence why there is no comparison, with no figures', () => {
    const stats = statisticsSchema.parse(seedStatistics());
    stats.comparison = { ...stats.comparison, coverage: 'partial', change: null };
    expect(narrate(stats, config).comparison).toBe(
      'Ievaddati aptver tikai daļu no salīdzinājuma perioda ' +
        '(no 2020. gada 1. decembra līdz 2021. gada 31. maijam), tāpēc salīdzinājums nav sniegts.',
    );
    stats.comparison = { ...stats.comparison, coverage: 'none', figures: null };
    expect(narrate(stats, config).comparison).not.toMatch(/\d+ līdz \d+/);
  });
});
