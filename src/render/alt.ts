import type { BarChartSpec } from './charts.js';
import { formatCount } from './format.js';

/**
 * The text alternative of a chart (its `/Alt` in the tagged PDF): what kind
 * of chart, what it shows (the caption above it) and every bar's value as
 * printed, e.g. "Stabiņu diagramma: klientu skaits mēnesī – jūnijs 63,
 * jūlijs 73, …". Masked small counts stay masked ("<5"): the text says
 * exactly what the chart shows, never more.
 */
export function chartDescription(spec: BarChartSpec, caption: string): string {
  const kind = spec.pyramid
    ? 'Vecuma piramīda'
    : spec.horizontal
      ? 'Joslu diagramma'
      : 'Stabiņu diagramma';
  const labels = spec.labels.map((label) => label.replace(/\s+/g, ' ').trim());
  const bars = spec.series.map((series) => {
    const values = labels.map((label, index) => {
      const printed = series.texts?.[index];
      // A bar with no printed value has none drawn either: it is zero.
      const value = printed === undefined ? formatCount(series.values[index] ?? 0) : printed || '0';
      return `${label} ${value}`;
    });
    return spec.series.length > 1 ? `${series.label}: ${values.join(', ')}` : values.join(', ');
  });
  const subject = caption.trim() === '' ? '' : ` ${lowerFirst(caption.trim())}`;
  return `${kind}:${subject} – ${bars.join('; ')}.`;
}

/** "Klientu skaits" → "klientu skaits", for the middle of a sentence. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('lv') + text.slice(1);
}
