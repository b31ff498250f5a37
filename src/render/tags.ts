/**
 * The report's logical structure (tagged PDF, as PDF/UA and PDF/A-3a
 * require): every drawing goes through one of these few calls, so each
 * piece of content is either the content of a structure element (a heading,
 * a paragraph, a table cell, a figure…) or an artifact (page furniture:
 * footers, rules, fills, repeated table headers, a chart's inner text).
 * Reading order is the order the elements are made in.
 *
 * Marked content never spans an explicit `addPage()`: callers wrap one
 * block of drawing at a time. Text that pdfkit itself flows onto a new page
 * continues its marked content there (pdfkit reopens it), and the element
 * gets both pieces.
 */

/** Structure types the report uses (PDF 1.7 standard types). */
export type Role =
  | 'Document'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Caption'
  | 'Note'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure';

export type Element = PDFKit.PDFStructureElement;

export class Tagger {
  /** The root element, which everything else is under. */
  readonly document: Element;

  constructor(readonly doc: PDFKit.PDFDocument) {
    this.document = doc.struct('Document');
    doc.addStructure(this.document);
  }

  /** A new element at the end of `parent` (the document by default). */
  element(
    role: Role,
    options: { alt?: string; scope?: 'Column' | 'Row' } = {},
    parent: Element = this.document,
  ): Element {
    // pdfkit writes `scope` as the Table attribute /Scope; its type declarations lack it.
    const element = this.doc.struct(role, options as PDFKit.Mixins.StructureElementOptions);
    parent.add(element);
    return element;
  }

  /** Draws `draw`'s output as (more of) the content of `element`. */
  content(element: Element, role: Role, draw: () => void): void {
    const content = this.doc.markStructureContent(role);
    try {
      draw();
    } finally {
      this.doc.endMarkedContent();
    }
    element.add(content);
  }

  /** An element whose content is what `draw` draws. */
  block(
    role: Role,
    draw: () => void,
    options: { alt?: string; scope?: 'Column' | 'Row' } = {},
    parent: Element = this.document,
  ): Element {
    const element = this.element(role, options, parent);
    this.content(element, role, draw);
    return element;
  }

  /** Page furniture that is not part of the text: pagination, rules, fills, a chart's inner text. */
  artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    try {
      draw();
    } finally {
      this.doc.endMarkedContent();
    }
  }

  /** Closes the tree; call once, after the last drawing and before `doc.end()`. */
  end(): void {
    this.document.end();
  }
}
