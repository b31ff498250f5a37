import type { NoteBlock, NotePlace, NoteRun } from '../notes.js';
import type { SectionContext } from './context.js';
import { BOLD, BOLD_ITALIC, ITALIC, REGULAR, registerItalicFonts } from './fonts.js';
import { keepDashWithFigure, type Layout } from './layout.js';
import { COLOURS, SIZES } from './theme.js';

/**
 * The coordinator's notes (src/notes.ts) in the PDF: set like the narrative
 * (body size, the same typography), paragraphs tagged P and lists tagged
 * L → LI → Lbl + LBody, as PDF/UA asks.
 */

const LINE_GAP = 2.2;
const INDENT = 14;

/** Draws the notes of `place`, if any; `heading` puts a subsection heading over them. */
export function drawNotes(context: SectionContext, place: NotePlace, heading?: string): void {
  const blocks = context.notes?.[place];
  if (blocks === undefined || blocks.length === 0) return;
  const { layout } = context;
  if (blocks.some((block) => runsOf(block).some((run) => run.italic))) {
    registerItalicFonts(layout.doc);
  }
  if (heading !== undefined) layout.heading(heading, 2, 40);
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      layout.ensureSpace(SIZES.body * 2.6);
      layout.tags.block('P', () => drawRuns(layout, block.runs, layout.left, layout.width));
      layout.gap(6);
    } else {
      drawList(layout, block);
    }
  }
}

function runsOf(block: NoteBlock): NoteRun[] {
  return block.kind === 'paragraph' ? block.runs : block.items.flat();
}

function drawList(layout: Layout, list: Extract<NoteBlock, { kind: 'list' }>): void {
  const { doc, tags } = layout;
  const element = tags.element('L');
  list.items.forEach((runs, index) => {
    layout.ensureSpace(SIZES.body * 2.6);
    const item = tags.element('LI', {}, element);
    const y = doc.y;
    const label = list.ordered ? `${list.start + index}.` : '•';
    tags.block(
      'Lbl',
      () =>
        doc
          .font(REGULAR)
          .fontSize(SIZES.body)
          .fillColor(COLOURS.text)
          .text(label, layout.left, y, { width: INDENT - 2, lineBreak: false }),
      {},
      item,
    );
    tags.block(
      'LBody',
      () => drawRuns(layout, runs, layout.left + INDENT, layout.width - INDENT, y),
      {},
      item,
    );
    layout.gap(2);
  });
  doc.x = layout.left;
  layout.gap(4);
}

/** Runs of text in their faces, flowing as one paragraph. */
function drawRuns(
  layout: Layout,
  runs: NoteRun[],
  x: number,
  width: number,
  y = layout.doc.y,
): void {
  const { doc } = layout;
  doc.fontSize(SIZES.body).fillColor(COLOURS.text);
  runs.forEach((run, index) => {
    doc.font(face(run));
    const options = {
      width,
      lineGap: LINE_GAP,
      align: 'left' as const,
      continued: index < runs.length - 1,
    };
    const text = keepDashWithFigure(run.text);
    if (index === 0) doc.text(text, x, y, options);
    else doc.text(text, options);
  });
  doc.x = layout.left;
}

function face(run: NoteRun): string {
  if (run.bold) return run.italic ? BOLD_ITALIC : BOLD;
  return run.italic ? ITALIC : REGULAR;
}
