/**
 * Latvian number formatting: thousands grouped with a no-break space, decimal
 * comma ("25 000,00", "10,5"). Built on Intl.NumberFormat('lv'), with the
 * group separator normalised to U+00A0 whatever ICU version emits it (older
 * ICUs use U+202F or U+2009), so the PDF font needs one space glyph.
 */

/** The no-break space used inside numbers and between a number and its unit. */
export const NBSP = '\u00A0';

const OTHER_SPACES = /[\u0020\u2009\u202F]/g;

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${minDecimals}:${maxDecimals}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat('lv', {
      // CLDR's Latvian groups only from five digits ("1806", "12 345"); tables and
      // prose group every number of four digits or more alike ("1 806").
      useGrouping: 'always',
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
    });
    formatters.set(key, found);
  }
  return found;
}

function requireFinite(n: number): void {
  if (!Number.isFinite(n)) throw new RangeError(`cannot format ${n} as a number`);
}

/**
 * `formatNumber(25000, 2)` → "25 000,00"; `formatNumber(10.5)` → "10,5".
 * With `decimals` exactly that many fraction digits; without, up to two, and
 * none for an integer. Thousands are grouped from four digits: 1806 prints as
 * "1 806" (CLDR's Latvian would print "1806" but "12 345", which reads uneven in a table).
 */
export function formatNumber(n: number, decimals?: number): string {
  requireFinite(n);
  const text =
    decimals === undefined ? formatter(0, 2).format(n) : formatter(decimals, decimals).format(n);
  return text.replace(OTHER_SPACES, NBSP);
}

/** `formatMoney(25000, 'EUR')` → "25 000,00 EUR" (no-break spaces). */
export function formatMoney(amount: number, currency: string): string {
  return `${formatNumber(amount, 2)}${NBSP}${currency}`;
}

/**
 * `formatPercent(42)` → "42 %": a value already in percent (not a fraction),
 * up to one decimal, a no-break space before the sign as Latvian style asks
 * (ICU's 'lv' percent style prints "42%", so it is not used).
 */
export function formatPercent(n: number, decimals?: number): string {
  requireFinite(n);
  const text =
    decimals === undefined ? formatter(0, 1).format(n) : formatter(decimals, decimals).format(n);
  return `${text.replace(OTHER_SPACES, NBSP)}${NBSP}%`;
}
