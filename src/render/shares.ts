import { formatPercent } from '../lv/numbers.js';

/** Changes in percent, as the comparison prints them. */

/** A change in %: "+39 %", "−12 %" (a real minus sign), "0 %"; whole percent. */
export function formatSignedPercent(percent: number): string {
  // Halves away from zero, the same way for a fall as for a rise: −29,5 → −30.
  const whole = Math.sign(percent) * Math.round(Math.abs(percent));
  if (whole === 0) return formatPercent(0);
  return `${whole > 0 ? '+' : '−'}${formatPercent(Math.abs(whole))}`;
}
