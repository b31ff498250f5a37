/**
 * How a period heads its column in a comparison: by the name the config gives
 * it (`2021-2`), else by its days (`2021-06-01 … 2021-11-30`), which say
 * exactly what was counted whatever calendar the reader has in mind.
 */
import type { NamedPeriods } from '../period.js';

export function periodLabel(
  period: { from: string; to: string },
  named: NamedPeriods = {},
): string {
  const names = Object.keys(named).sort();
  const name = names.find(
    (key) => named[key]!.from === period.from && named[key]!.to === period.to,
  );
  return name ?? `${period.from} … ${period.to}`;
}
