import type { Config } from '../config/schema.js';
import { formatLongDate, formatPeriod } from '../lv/dates.js';
import { typeset } from '../lv/typography.js';
import type { Statistics } from '../model/statistics.js';
import { isoDay } from './format.js';

/**
 * What tells one report apart from another and names who pays for it: the
 * document title with its period, the contract and project lines of the
 * title page, the funding sentence, and what the cumulative count counts from.
 * Pure: config, statistics and the report's date in, Latvian text out.
 */

/** The PDF's Title: the report title and its period, so that open reports can be told apart. */
export function documentTitle(config: Config, period: Statistics['period']): string {
  return plainSpaces(`${config.title} laika posmā ${formatPeriod(period.from, period.to)}`);
}

/** True when the period ended before the day the report is made: its text speaks in the past. */
export function isPastPeriod(period: Statistics['period'], generatedOn: Date): boolean {
  return period.to < isoDay(generatedOn);
}

/** `„Dažādības veicināšana” (Nr. 9.1.4.4./16/I/001)`, or "" when the config names no project. */
export function projectName(config: Config): string {
  const { name, number } = config.project;
  const quoted = name ? `„${name.replace(/^["„“”]|["„“”]$/g, '')}”` : '';
  const numbered = number ? `Nr. ${number}` : '';
  if (quoted && numbered) return typeset(`${quoted} (${numbered})`);
  return typeset(quoted || numbered);
}

/**
 * The funding sentence: the config's as written, or the standard one naming
 * the project, "tiek nodrošināts" while the period runs and "tika
 * nodrošināts" once it is over.
 */
export function fundingSentence(
  config: Config,
  period: Statistics['period'],
  generatedOn: Date,
): string {
  if (config.funding !== null) return typeset(config.funding);
  const past = isPastPeriod(period, generatedOn);
  const project = projectName(config);
  return typeset(
    `Pakalpojums ${past ? 'tika' : 'tiek'} nodrošināts Sabiedrības integrācijas fonda īstenotā ` +
      `Eiropas Sociālā fonda projekta${project ? ` ${project}` : ''} ietvaros. ` +
      `Finansējums 85 % apmērā ${past ? 'tika piešķirts' : 'piešķirts'} no Eiropas Sociālā fonda ` +
      `un 15 % ${past ? 'finansēja' : 'finansē'} Latvijas valsts.`,
  );
}

/**
 * The title page's contract line: "Nr. S-SIF-2021-13, noslēgts 2021. gada
 * 21. maijā", or, when the config has neither, who the contract is with.
 */
export function contractLine(config: Config): string {
  const { number, date } = config.contract;
  const parts = [
    number ? `Nr. ${number}` : '',
    date ? `noslēgts ${formatLongDate(date, 'loc')}` : '',
  ].filter((part) => part !== '');
  return typeset(
    parts.length > 0
      ? `${parts.join(', ')} ar Sabiedrības integrācijas fondu`
      : 'noslēgts ar Sabiedrības integrācijas fondu',
  );
}

/**
 * What `clients.cumulative` counts from, in words: "kopš programmas sākuma
 * 2016. gada 6. aprīlī" when the config sets `programStart`, else "kopš pirmā
 * kontakta ievaddatos (2021. gada 6. martā)". `short` fits a key-figure tile; the
 * narrative beside it gives the date.
 */
export function cumulativeBaseline(
  stats: Statistics,
  config: Config,
): { long: string; short: string } | null {
  const from = stats.clients.cumulativeFrom;
  if (from === null) return null;
  if (config.programStart !== null) {
    return {
      long: typeset(`kopš programmas sākuma ${formatLongDate(from, 'loc')}`),
      short: 'kopš programmas sākuma',
    };
  }
  return {
    long: typeset(`kopš pirmā kontakta ievaddatos (${formatLongDate(from, 'loc')})`),
    short: 'kopš pirmā kontakta',
  };
}

/** Document metadata is searched and shown by viewers: plain spaces there. */
export function plainSpaces(text: string): string {
  return text.replace(/\u00A0/g, ' ');
}
