import { agree, nounForm } from '../../lv/plural.js';
import type { SectionContext } from '../context.js';
import { BOLD, REGULAR } from '../fonts.js';
import { formatCount } from '../format.js';
import { cumulativeBaseline } from '../identification.js';
import { drawNotes } from '../notes.js';
import { typeset } from '../../lv/typography.js';
import { COLOURS, SIZES } from '../theme.js';

/** 1. Key figures in boxes and the summary narrative; contact persons below. */
export function drawSummary(context: SectionContext): void {
  const { layout, stats, narratives } = context;
  layout.heading('1. Kopsavilkums');
  const { clients, contacts, closures, countryCount } = stats;
  // Each label agrees with its number: "241 klients", "21 izcelsmes valsts", "1 slēgta klienta lieta".
  const clientsWord = (n: number) => nounForm('klients', n);
  const baseline = cumulativeBaseline(stats, context.config);
  // A tile that would repeat the first one's figure is folded into its label instead.
  const allNew = clients.new === clients.unique && clients.unique > 0;
  const tiles = [
    {
      value: formatCount(clients.unique),
      label:
        `${clientsWord(clients.unique)} periodā (${nounForm('unikāla persona', clients.unique)})` +
        (allNew ? `, ${agree('jauns', clients.unique, 'klients')}` : ''),
    },
  ];
  if (!allNew) {
    tiles.push({
      value: formatCount(clients.new),
      label: `${agree('jauns', clients.new, 'klients')} ${clientsWord(clients.new)} periodā`,
    });
  }
  if (baseline !== null && clients.cumulative !== clients.unique) {
    tiles.push({
      value: formatCount(clients.cumulative),
      label: `${clientsWord(clients.cumulative)} ${baseline.short}`,
    });
  }
  tiles.push(
    {
      value: formatCount(contacts.total),
      label: `${nounForm('kontakts', contacts.total)} ar klientiem`,
    },
    { value: formatCount(countryCount), label: `izcelsmes ${nounForm('valsts', countryCount)}` },
    {
      value: formatCount(closures.total),
      label: `${agree('slēgts', closures.total, 'klienta lieta')} ${nounForm('klienta lieta', closures.total)}`,
    },
  );
  layout.keyFigures(tiles);
  layout.gap(4);
  layout.paragraphs(narratives.summary);
  drawNotes(context, 'summary');
  drawNotes(context, 'context', 'Konteksts');
  drawContacts(context);
}

/** Contact persons from the config, two to a row. */
function drawContacts(context: SectionContext): void {
  const { layout, config } = context;
  const { doc } = layout;
  if (config.contacts.length === 0) return;
  // Kept with a whole contact (name and four lines), so the heading never ends a page.
  layout.heading('Kontaktinformācija', 2, 80);
  const columnWidth = (layout.width - 20) / 2;
  for (let start = 0; start < config.contacts.length; start += 2) {
    const pair = config.contacts.slice(start, start + 2);
    const blocks = pair.map((person) =>
      [
        typeset(person.organisation),
        person.role,
        person.phone ? `Tālr. ${person.phone}` : '',
        person.email ? `e-pasts: ${person.email}` : '',
      ].filter((line) => line.length > 0),
    );
    const measure = (text: string, font: string) =>
      doc.font(font).fontSize(SIZES.body).heightOfString(text, { width: columnWidth });
    const height =
      Math.max(
        ...pair.map(
          (person, index) =>
            measure(person.name, BOLD) +
            blocks[index]!.reduce((sum, line) => sum + measure(line, REGULAR), 0),
        ),
      ) + 10;
    layout.ensureSpace(height);
    const y = doc.y;
    pair.forEach((person, index) => {
      const x = layout.left + index * (columnWidth + 20);
      // One paragraph per person: name, organisation, role, phone, e-mail.
      layout.tags.block('P', () => {
        doc.font(BOLD).fontSize(SIZES.body).fillColor(COLOURS.text);
        doc.text(person.name, x, y, { width: columnWidth });
        doc.font(REGULAR).fontSize(SIZES.body);
        for (const line of blocks[index]!) doc.text(line, x, doc.y, { width: columnWidth });
      });
    });
    doc.x = layout.left;
    doc.y = y + height;
  }
}
