import type { SectionContext } from '../context.js';
import { formatCount, formatShortDate } from '../format.js';
import { ELIGIBILITY_RULE_LABELS, invalidReasonLabel, warningLabel } from '../labels.js';
import { drawFigures, drawTable } from '../tables.js';

/** Annex: the files read and their SHA-256, rows kept and left out, warnings, eligibility findings. */
export function drawQuality(context: SectionContext): void {
  const { layout, stats, narratives } = context;
  const quality = stats.dataQuality;
  layout.section('Pielikums. Datu kvalitāte', narratives.quality);

  drawTable(layout, {
    caption: 'Ievaddatu faili',
    columns: [
      { header: 'Fails', width: 0.42 },
      { header: 'Rindas', width: 0.12, align: 'right' },
      { header: 'SHA-256', width: 0.46 },
    ],
    // In the body's type size a digest takes two lines: it is split in halves, never mid-way at random.
    rows: quality.files.map((file) => [
      file.name,
      formatCount(file.rows),
      `${file.sha256.slice(0, 32)}\n${file.sha256.slice(32)}`,
    ]),
  });

  drawFigures(
    layout,
    [
      ['Nolasītas rindas', formatCount(quality.rowsRead)],
      ['Derīgas rindas', formatCount(quality.rowsValid)],
      ['Atmestas nederīgas rindas', formatCount(quality.rowsInvalid.total)],
      ['Izņemti dublikāti', formatCount(quality.duplicatesRemoved)],
    ],
    { caption: 'Rindas' },
  );
  if (quality.rowsInvalid.byReason.length > 0) {
    drawTable(layout, {
      caption: 'Nederīgās rindas pēc iemesla',
      columns: [
        { header: 'Iemesls', width: 0.75 },
        { header: 'Rindas', width: 0.25, align: 'right' },
      ],
      rows: quality.rowsInvalid.byReason.map((entry) => [
        invalidReasonLabel(entry.reason),
        formatCount(entry.count),
      ]),
    });
  }
  if (quality.warnings.length > 0) {
    drawTable(layout, {
      caption: 'Brīdinājumi',
      columns: [
        { header: 'Brīdinājuma veids', width: 0.75 },
        { header: 'Skaits', width: 0.25, align: 'right' },
      ],
      rows: quality.warnings.map((warning) => [
        warningLabel(warning.type),
        formatCount(warning.count),
      ]),
    });
  }
  drawEligibility(context);
}

/** The height of the eligibility findings: a header and five rows of one line. */
const FINDINGS_HEIGHT = 6 * 20;

function drawEligibility(context: SectionContext): void {
  const { layout, stats, config } = context;
  const eligibility = stats.eligibility;
  if (!eligibility) {
    const missing =
      'Ievaddatos nav ierašanās vai statusa piešķiršanas datumu, tāpēc termiņu pārbaude nav veikta.';
    layout.heading('Pakalpojuma saņemšanas termiņi', 2, layout.noteHeight(missing));
    layout.note(missing);
    return;
  }
  const rules =
    `Pārbaudīts, vai kontakts ir pakalpojuma saņemšanas termiņā: patvēruma meklētājam ` +
    `${config.eligibility.asylumSeekerMonths} mēn. no ierašanās (vai līdz statusa piešķiršanai), ` +
    `personai ar bēgļa vai alternatīvo statusu ${config.eligibility.statusHolderMonths} mēn. no statusa piešķiršanas. ` +
    `Kontakti ārpus termiņa ir ieskaitīti ziņojuma skaitļos; tabula norāda, kuras rindas pārbaudīt.`;
  // The heading goes with its note and the table of findings (six rows, kept whole).
  layout.heading('Pakalpojuma saņemšanas termiņi', 2, layout.noteHeight(rules) + FINDINGS_HEIGHT);
  layout.note(rules);
  drawFigures(
    layout,
    [
      [
        'Pārbaudītie kontakti (ar vajadzīgajiem datumiem)',
        formatCount(eligibility.contactsChecked),
      ],
      ['Kontakti ārpus termiņa', formatCount(eligibility.contactsOutside)],
      ['Klienti ar kontaktiem ārpus termiņa', formatCount(eligibility.clientsOutside)],
      ['… no tiem patvēruma meklētāja termiņā', formatCount(eligibility.byRule.asylumSeeker)],
      [
        '… no tiem bēgļa vai alternatīvā statusa termiņā',
        formatCount(eligibility.byRule.statusHolder),
      ],
    ],
    { allZero: 'Šajā periodā nav kontaktu, kuru termiņu varētu pārbaudīt.' },
  );
  if (eligibility.examples.length > 0) {
    drawTable(layout, {
      caption: 'Piemēri (fails un rinda)',
      columns: [
        { header: 'Fails', width: 0.32 },
        { header: 'Rinda', width: 0.1, align: 'right' },
        { header: 'Datums', width: 0.14 },
        { header: 'Termiņš', width: 0.3 },
        { header: 'Dienas pēc termiņa', width: 0.14, align: 'right' },
      ],
      rows: eligibility.examples.map((example) => [
        example.file,
        String(example.line),
        formatShortDate(example.date),
        ELIGIBILITY_RULE_LABELS[example.rule],
        formatCount(example.daysOutside),
      ]),
    });
  }
}
