import { agree, nounForm } from '../../lv/plural.js';
import type { SectionContext } from '../context.js';
import { BOLD, REGULAR } from '../fonts.js';
import { formatCount, formatShortDate } from '../format.js';
import { COLOURS, SIZES } from '../theme.js';

/** 1. Key figures in boxes and the summary narrative; contact persons below. */
export function drawSummary(context: SectionContext): void {
  const { layout, stats, narratives } = context;
  layout.heading('1. Kopsavilkums');
  const { clients, contacts, closures, countryCount } = stats;
  // Each label agrees with its number: "241 klients", "21 izcelsmes valsts", "1 slēgta klienta lieta".
  const clientsWord = (n: number) => nounForm('klients', n);
  const since = clients.cumulativeFrom
    ? `kopš ${formatShortDate(clients.cumulativeFrom)}`
    : 'kopš programmas sākuma';
  layout.keyFigures([
    {
      value: formatCount(clients.unique),
      label: `${clientsWord(clients.unique)} periodā (${nounForm('unikāla persona', clients.unique)})`,
    },
    {
      value: formatCount(clients.new),
      label: `${agree('jauns', clients.new, 'klients')} ${clientsWord(clients.new)} periodā`,
    },
    {
      value: formatCount(clients.cumulative),
      label: `${clientsWord(clients.cumulative)} ${since}`,
    },
    {
      value: formatCount(contacts.total),
      label: `${nounForm('kontakts', contacts.total)} ar klientiem`,
    },
    { value: formatCount(countryCount), label: `izcelsmes ${nounForm('valsts', countryCount)}` },
    {
      value: formatCount(closures.total),
      label: `${agree('slēgts', closures.total, 'klienta lieta')} ${nounForm('klienta lieta', closures.total)}`,
    },
  ]);
  layout.gap(4);
  layout.paragraphs(narratives.summary);
  drawContacts(context);
}

/** Contact persons from the config, two to a row. */
function drawContacts(context: SectionContext): void {
  const { layout, config } = context;
  const { doc } = layout;
  if (config.contacts.length === 0) return;
  layout.heading('Kontaktinformācija', 2, 60);
  const columnWidth = (layout.width - 20) / 2;
  for (let start = 0; start < config.contacts.length; start += 2) {
    const pair = config.contacts.slice(start, start + 2);
    const blocks = pair.map((person) =>
      [
        person.organisation,
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
      doc.font(BOLD).fontSize(SIZES.body).fillColor(COLOURS.text);
      doc.text(person.name, x, y, { width: columnWidth });
      doc.font(REGULAR).fontSize(SIZES.body);
      for (const line of blocks[index]!) doc.text(line, x, doc.y, { width: columnWidth });
    });
    doc.x = layout.left;
    doc.y = y + height;
  }
}
