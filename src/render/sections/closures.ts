import { CLOSURE_REASONS } from '../../model/codes.js';
import { SERIES } from '../theme.js';
import type { SectionContext } from '../context.js';
import { cells, closureShares, HIDDEN_SHARE_NOTE, suppressionNote } from '../selections.js';
import { formatShare } from '../shares.js';
import { formatCount } from '../format.js';
import { CLOSURE_REASON_LABELS, capitalise } from '../labels.js';
import { anySuppressed, SECONDARY_MARK } from '../suppress.js';
import { drawTable } from '../tables.js';

/** 7. Closed cases by reason, every reason listed. */
export function drawClosures(context: SectionContext): void {
  const { layout, stats, narratives } = context;
  const height = 30 + CLOSURE_REASONS.length * 20;
  layout.section('7. Klientu lietu slēgšana', narratives.closures);
  const counts = CLOSURE_REASONS.map((reason) => stats.closures.byReason[reason]);
  const reasonCells = cells(context, counts);
  if (stats.closures.total > 0) {
    layout.chart('Slēgtās lietas pēc iemesla', {
      labels: CLOSURE_REASONS.map((reason) => capitalise(CLOSURE_REASON_LABELS[reason])),
      series: [
        {
          label: 'Lietas',
          values: counts.map((count, index) => (reasonCells[index]!.suppressed ? 0 : count)),
          texts: reasonCells.map((cell) => cell.text),
          color: SERIES.primary,
        },
      ],
      horizontal: true,
      width: layout.width,
      height,
    });
  }
  // Each reason's share of the closed cases; the rows add up to 100 %.
  const shares = closureShares(context);
  const withShares = stats.closures.total > 0;
  drawTable(layout, {
    columns: [
      { header: 'Slēgšanas iemesls', width: withShares ? 0.65 : 0.75 },
      { header: 'Lietas', width: withShares ? 0.175 : 0.25, align: 'right' },
      ...(withShares ? [{ header: 'Daļa', width: 0.175, align: 'right' as const }] : []),
    ],
    rows: CLOSURE_REASONS.map((reason, index) => [
      capitalise(CLOSURE_REASON_LABELS[reason]),
      reasonCells[index]!.text,
      ...(withShares ? [formatShare(shares[reason], SECONDARY_MARK)] : []),
    ]),
    total: [
      'Kopā',
      formatCount(stats.closures.total),
      ...(withShares ? [formatShare(100, SECONDARY_MARK)] : []),
    ],
    // The narrative says that no case was closed.
    allZero: '',
  });
  if (stats.suppressBelow !== null && anySuppressed(reasonCells)) {
    layout.note(
      `${suppressionNote(stats.suppressBelow)}${withShares ? ` ${HIDDEN_SHARE_NOTE}` : ''}`,
    );
  }
}
