import { SERIES } from '../theme.js';
import type { SectionContext } from '../context.js';
import { monthAxis } from '../charts.js';
import { formatCount, formatMonthLabel } from '../format.js';
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
    // The narrative says that no one was served.
    allZero: '',
    footnote:
      '* Periodā kopā katrs klients skaitīts vienu reizi, tāpēc klientu kopskaits var būt mazāks par mēnešu skaitļu summu: ' +
      'klients, kas pakalpojumu saņēma vairākos mēnešos, ir ieskaitīts katra mēneša skaitā.',
  });
}
