import type { Statistics } from '../../model/statistics.js';
import type { SectionContext } from '../context.js';
import { formatCount, formatShortDate } from '../format.js';
import { formatSignedPercent } from '../shares.js';
import { monthAxis } from '../charts.js';
import { drawTable } from '../tables.js';
import { SERIES } from '../theme.js';

/**
 * "Salīdzinājums ar iepriekšējo periodu", after the summary: the narrative
 * (figures, or the one sentence that says why there is no comparison), a
 * small table when the earlier period is fully covered, and the unique clients
 * of every period of the same length the exports cover.
 */
export function drawComparison(context: SectionContext): void {
  const { layout, stats, narratives } = context;
  const { comparison } = stats;
  layout.heading('Salīdzinājums ar iepriekšējo periodu', 2, 120);
  layout.paragraphs(narratives.comparison);
  if (comparison.coverage === 'full' && comparison.figures && comparison.change) {
    const { figures, change } = comparison;
    const row = (
      label: string,
      before: number,
      now: number,
      delta: { difference: number; percent: number | null },
    ): string[] => [
      label,
      formatCount(before),
      formatCount(now),
      delta.percent === null ? signed(delta.difference) : formatSignedPercent(delta.percent),
    ];
    drawTable(layout, {
      columns: [
        { header: 'Rādītājs', width: 0.4 },
        { header: 'Iepriekšējais periods', width: 0.2, align: 'right' },
        { header: 'Šis periods', width: 0.2, align: 'right' },
        { header: 'Izmaiņas', width: 0.2, align: 'right' },
      ],
      rows: [
        row(
          'Klienti (unikālas personas)',
          figures.clients.unique,
          stats.clients.unique,
          change.clients.unique,
        ),
        row('Jauni klienti', figures.clients.new, stats.clients.new, change.clients.new),
        row(
          'Kontakti ar klientiem',
          figures.contacts.total,
          stats.contacts.total,
          change.contacts.total,
        ),
        row(
          'Slēgtas klientu lietas',
          figures.closures.total,
          stats.closures.total,
          change.closures.total,
        ),
      ],
    });
  }
  const series = comparison.series;
  if (series.length >= 2) {
    const height = 150;
    // Periods of one month read as a month axis, with the years in bands under it.
    const months = series.every(
      (period) => wholeMonths(period) && period.from.slice(0, 7) === period.to.slice(0, 7),
    );
    layout.chart('Unikālie klienti tāda paša garuma periodos', {
      ...(months
        ? monthAxis(series.map((period) => period.from.slice(0, 7)))
        : { labels: series.map((period) => periodLabel(period)) }),
      series: [
        {
          label: 'Klienti',
          values: series.map((period) => period.clients),
          texts: series.map((period) => formatCount(period.clients)),
          color: SERIES.primary,
        },
      ],
      width: layout.width,
      height,
    });
  }
}

/** "+12" / "−3": a change without a percentage (the earlier figure was 0). */
function signed(difference: number): string {
  if (difference === 0) return '0';
  return `${difference > 0 ? '+' : '−'}${formatCount(Math.abs(difference))}`;
}

/** An axis label: "06.2021–11.2021" for whole months, "01.06.–15.06.2021" for days. */
function periodLabel(period: Statistics['comparison']['series'][number]): string {
  const month = (iso: string) => `${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
  if (wholeMonths(period)) {
    return period.from.slice(0, 7) === period.to.slice(0, 7)
      ? month(period.from)
      : `${month(period.from)}–${month(period.to)}`;
  }
  return `${formatShortDate(period.from)}–${formatShortDate(period.to)}`;
}

/** Whether a period runs from the first of a month to the last day of a month. */
function wholeMonths(period: { from: string; to: string }): boolean {
  return period.from.endsWith('-01') && monthEnd(period.to);
}

function monthEnd(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month, 0)).getUTCDate() === day;
}
