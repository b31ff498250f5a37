import type { SectionContext } from '../context.js';
import { formatCount, formatNumber } from '../format.js';
import { drawFigures } from '../tables.js';

/** 9. Social workers and mentors, and the contacts by role. */
export function drawStaff(context: SectionContext): void {
  const { layout, stats, narratives } = context;
  layout.section('9. Darbinieki', narratives.staff);
  const rows: [string, string][] = [];
  if (stats.staff) {
    rows.push(
      [
        'Sociālie darbinieki, kas periodā strādāja ar klientiem',
        formatCount(stats.staff.socialWorkers),
      ],
      ['Sociālie mentori, kas periodā strādāja ar klientiem', formatCount(stats.staff.mentors)],
      ['Sociālie mentori vidēji mēnesī', formatNumber(stats.staff.mentorsPerMonthAverage, 1)],
    );
  }
  rows.push(
    ['Sociālo darbinieku kontakti ar klientiem', formatCount(stats.contacts.socialWorker)],
    ['Sociālo mentoru kontakti ar klientiem', formatCount(stats.contacts.mentor)],
  );
  const drawn = drawFigures(layout, rows, {
    total: ['Kontakti kopā', formatCount(stats.contacts.total)],
    allZero: 'Šajā periodā neviens darbinieks nav strādājis ar klientiem.',
  });
  if (drawn && !stats.staff) {
    layout.note('Ievaddatos nav norādīti darbinieki, tāpēc darbinieku skaits nav zināms.');
  }
}
