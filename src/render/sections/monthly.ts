import { SERIES } from '../theme.js';
import type { SectionContext } from '../context.js';
import type { BarChartSpec } from '../charts.js';
import { formatCount, formatMonthLabel, formatMonthName } from '../format.js';
import { monthAbbreviation } from '../../lv/months.js';
import { drawTable } from '../tables.js';

/** 2. Clients and contacts per calendar month: chart, table, and why the total is smaller than the sum. */
export function drawMonthly(context: SectionContext): void {
  const { layout, stats, narratives } = context;
  layout.section('2. Klienti pa mēnešiem', narratives.monthly);

  if (stats.monthly.some((entry) => entry.clients > 0)) {
    layout.chart('Klientu skaits mēnesī (unikālas personas)', {
      ...monthAxis(stats.monthly.map((entry) => entry.month)),
      series: [
        {
          label: 'Klienti',
          values: stats.monthly.map((entry) => entry.clients),
          texts: stats.monthly.map((entry) => formatCount(entry.clients)),
          color: SERIES.primary,
        },
      ],
      width: layout.width,
      // A chart of a few months is a small chart.
      height: stats.monthly.length <= 3 ? 120 : 180,
    });
  }
  drawTable(layout, {
    columns: [
      { header: 'Mēnesis', width: 0.5 },
      { header: 'Klienti', width: 0.25, align: 'right' },
      { header: 'Kontakti', width: 0.25, align: 'right' },
    ],
    rows: stats.monthly.map((entry) => [
      formatMonthLabel(entry.month),
      formatCount(entry.clients),
      formatCount(entry.contacts),
    ]),
    total: ['Periodā kopā*', formatCount(stats.clients.unique), formatCount(stats.contacts.total)],
  });
  layout.note(
    '* Periodā kopā katrs klients skaitīts vienu reizi, tāpēc klientu kopskaits var būt mazāks par mēnešu skaitļu summu: ' +
      'klients, kas pakalpojumu saņēma vairākos mēnešos, ir ieskaitīts katra mēneša skaitā.',
  );
}

/**
 * The month axis: month names for up to six months of one year, otherwise
 * their abbreviations; the year in a band under its months when the period
 * spans more than one year, so no label has to be turned.
 */
function monthAxis(months: string[]): Pick<BarChartSpec, 'labels' | 'bands'> {
  const years = [...new Set(months.map((month) => month.slice(0, 4)))];
  const short = years.length > 1 || months.length > 6;
  const labels = months.map((month) =>
    short ? monthAbbreviation(Number(month.slice(5, 7))) : formatMonthName(month),
  );
  if (years.length === 1) return { labels };
  const bands = years.map((year) => ({
    label: year,
    first: months.findIndex((month) => month.startsWith(year)),
    last: months.findLastIndex((month) => month.startsWith(year)),
  }));
  return { labels, bands };
}
