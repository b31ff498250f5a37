/** The Latvian-language layer: numbers, agreement, dates, country genitives, lists. */
export { NBSP, formatMoney, formatNumber, formatPercent } from './numbers.js';
export {
  agree,
  count,
  countFrom,
  countWith,
  hasNoun,
  isSingular,
  nounForm,
  type NounCase,
} from './plural.js';
export { monthAbbreviation, monthName, type MonthCase } from './months.js';
export {
  formatLongDate,
  formatMonthLabel,
  formatMonthLocative,
  formatMonthName,
  formatPeriod,
  formatShortDate,
  type DateCase,
} from './dates.js';
export { GENITIVE_EXCEPTIONS, countryGenitive, icuRegionNames } from './countries.js';
export { joinList } from './list.js';
