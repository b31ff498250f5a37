import { openPdf } from './pdf-text.js';
import { name, Name, PdfFile, Ref, text, type PdfDict, type PdfValue } from './pdf-objects.js';

/**
 * The PDF/A-3a and PDF/UA-1 checks the test suite can make without a
 * validator (veraPDF): what the file contains, read two ways — through
 * pdfjs-dist (metadata, attachments, outline, mark info, text by marked
 * content) and through its objects (pdf-objects.ts: catalog, pages, content
 * stream operators, structure elements). `archivalProblems` lists every rule
 * a file breaks, in words; an empty list means all checks passed.
 */

/** A structure element as read from the file, with the text of its own marked content. */
export interface TaggedElement {
  role: string;
  alt?: string;
  /** The TH `/Scope` attribute. */
  scope?: string;
  /** Text of the element's own marked content, in order (children's not included). */
  text: string;
  /** Page numbers (1-based) its own marked content is on. */
  pages: number[];
  children: TaggedElement[];
}

/** What `readArchival` finds in a PDF. */
export interface ArchivalReading {
  file: PdfFile;
  /** The structure tree's children of the root (normally one Document). */
  tree: TaggedElement[];
  info: Record<string, unknown>;
  xmp: Map<string, string>;
  xmpText: string;
  attachments: { name: string; content: Buffer; relationship?: string; subtype?: string }[];
  /** Bookmarks with their destination: page, and for an XYZ one the point it opens at. */
  outline: { title: string; page: number; level: number; left?: number; top?: number }[];
  markInfo: { Marked: boolean } | null;
  /** Per page: the text shown inside each MCID, by MCID. */
  mcidText: Map<number, string>[];
}

const TEXT_OPERATORS = new Set(['Tj', 'TJ', "'", '"']);
const PATH_OPERATORS = new Set([
  'm',
  'l',
  'c',
  'v',
  'y',
  'h',
  're',
  'S',
  's',
  'f',
  'F',
  'f*',
  'B',
  'B*',
  'b',
  'b*',
  'n',
  'W',
  'W*',
]);
const OTHER_DRAWING = new Set(['Do', 'sh', 'BI']);

/** Reads everything the checks need. */
export async function readArchival(pdf: Uint8Array): Promise<ArchivalReading> {
  const file = new PdfFile(Buffer.from(pdf));
  const document = await openPdf(pdf);
  try {
    const { info, metadata } = await document.getMetadata();
    const xmp = new Map<string, string>();
    for (const key of [
      'dc:title',
      'dc:creator',
      'dc:description',
      'dc:language',
      'xmp:creatortool',
      'xmp:createdate',
      'xmp:modifydate',
      'pdf:producer',
      'pdfaid:part',
      'pdfaid:conformance',
      'pdfuaid:part',
    ]) {
      const value = metadata?.get(key) as unknown;
      if (value !== null && value !== undefined) {
        xmp.set(key, Array.isArray(value) ? value.join('; ') : String(value));
      }
    }
    const xmpText = file.catalog.Metadata
      ? file.stream(file.catalog.Metadata).toString('utf8')
      : '';

    const attachments: ArchivalReading['attachments'] = [];
    for (const spec of (file.catalog.AF as PdfValue[] | undefined) ?? []) {
      const dict = file.dict(spec);
      const ef = file.dict(dict.EF).F;
      attachments.push({
        name: text(dict.UF) ?? text(dict.F) ?? '',
        content: file.stream(ef),
        relationship: name(dict.AFRelationship),
        subtype: name(file.dict(ef).Subtype),
      });
    }

    const outline: ArchivalReading['outline'] = [];
    const walk = async (items: Awaited<ReturnType<typeof document.getOutline>>, level: number) => {
      for (const item of items ?? []) {
        const dest = Array.isArray(item.dest) ? item.dest : null;
        const page = dest ? (await document.getPageIndex(dest[0])) + 1 : 0;
        const xyz = dest?.[1] && (dest[1] as { name?: string }).name === 'XYZ';
        outline.push({
          title: item.title,
          page,
          level,
          ...(xyz ? { left: dest[2] as number, top: dest[3] as number } : {}),
        });
        await walk(item.items, level + 1);
      }
    };
    await walk(await document.getOutline(), 1);

    const mcidText: Map<number, string>[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const texts = new Map<number, string>();
      const open: (number | null)[] = [];
      for (const item of content.items) {
        if ('type' in item) {
          if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
            const mcid = /_mc(\d+)$/.exec(item.id ?? '')?.[1];
            open.push(mcid === undefined ? null : Number(mcid));
          } else if (item.type === 'endMarkedContent') open.pop();
          continue;
        }
        const mcid = [...open].reverse().find((id) => id !== null);
        if (mcid === undefined || mcid === null) continue;
        texts.set(mcid, (texts.get(mcid) ?? '') + item.str + (item.hasEOL ? ' ' : ''));
      }
      mcidText.push(texts);
      page.cleanup();
    }

    const pageNumbers = new Map(file.pages.map((ref, index) => [ref.ref, index + 1]));
    const element = (value: PdfValue, inheritedPage?: number): TaggedElement | null => {
      const dict = file.dict(value);
      if (name(dict.Type) === 'MCR') return null;
      const role = name(dict.S) ?? '?';
      const page = dict.Pg ? pageNumbers.get((dict.Pg as Ref).ref) : inheritedPage;
      const result: TaggedElement = { role, text: '', pages: [], children: [] };
      const alt = text(dict.Alt);
      if (alt !== undefined) result.alt = alt;
      const attributes = dict.A ? [dict.A].flat() : [];
      for (const attribute of attributes) {
        const scope = name(file.dict(attribute as PdfValue).Scope);
        if (scope) result.scope = scope;
      }
      const kids = dict.K === undefined ? [] : Array.isArray(dict.K) ? dict.K : [dict.K];
      const parts: string[] = [];
      for (const kid of kids) {
        if (typeof kid === 'number') {
          parts.push(mcidText[page! - 1]?.get(kid) ?? '');
          if (!result.pages.includes(page!)) result.pages.push(page!);
          continue;
        }
        const kidDict = file.dict(kid);
        if (name(kidDict.Type) === 'MCR') {
          const mcrPage = pageNumbers.get((kidDict.Pg as Ref).ref)!;
          parts.push(mcidText[mcrPage - 1]?.get(kidDict.MCID as number) ?? '');
          if (!result.pages.includes(mcrPage)) result.pages.push(mcrPage);
          continue;
        }
        const child = element(kid, page);
        if (child) result.children.push(child);
      }
      result.text = parts.join(' ').replace(/\s+/g, ' ').trim();
      return result;
    };
    const root = file.catalog.StructTreeRoot ? file.dict(file.catalog.StructTreeRoot) : null;
    const rootKids = root?.K === undefined ? [] : Array.isArray(root.K) ? root.K : [root.K];
    const tree = rootKids
      .map((kid) => element(kid))
      .filter((kid): kid is TaggedElement => kid !== null);

    return {
      file,
      tree,
      info: info as Record<string, unknown>,
      xmp,
      xmpText,
      attachments,
      outline,
      markInfo: (await document.getMarkInfo()) as { Marked: boolean } | null,
      mcidText,
    };
  } finally {
    await document.destroy();
  }
}

/** Every element of the tree, depth first, in reading order. */
export function allElements(tree: TaggedElement[]): TaggedElement[] {
  return tree.flatMap((element) => [element, ...allElements(element.children)]);
}

/** An element's text with its descendants', in reading order. */
export function fullText(element: TaggedElement): string {
  return [element.text, ...element.children.map(fullText)]
    .filter((part) => part.length > 0)
    .join(' ');
}

/** `D:20211201000000Z` as the XMP date `2021-12-01T00:00:00Z`. */
function pdfDateAsXmp(date: unknown): string {
  const match = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z/.exec(String(date));
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z` : '';
}

const ROLES = new Set([
  'Document',
  'Sect',
  'Div',
  'H1',
  'H2',
  'H3',
  'P',
  'L',
  'LI',
  'Lbl',
  'LBody',
  'Caption',
  'Note',
  'Table',
  'THead',
  'TBody',
  'TR',
  'TH',
  'TD',
  'Figure',
  'Span',
]);

/**
 * Every PDF/A-3a and PDF/UA-1 rule (of those checked here) that the file
 * breaks; `json` is the statistics JSON that must be embedded byte for byte.
 */
export async function archivalProblems(
  pdf: Uint8Array,
  expected: { json: string; language?: string },
): Promise<string[]> {
  const reading = await readArchival(pdf);
  return [...documentProblems(reading, expected), ...taggingProblems(reading)];
}

/**
 * The document-level rules: PDF 1.7, mark info, language, title display, XMP
 * (PDF/A and PDF/UA identification, equal to Info, escaped), the output
 * intent with its ICC profile, and the statistics JSON as associated file.
 */
export function documentProblems(
  reading: ArchivalReading,
  expected: { json: string; language?: string },
): string[] {
  const problems: string[] = [];
  const { file, info, xmp } = reading;
  const catalog = file.catalog;
  const language = expected.language ?? 'lv-LV';

  // File and document level.
  if (file.version !== '1.7') problems.push(`PDF version ${file.version}, not 1.7`);
  if (!file.trailer.ID) problems.push('the trailer has no ID');
  if (reading.markInfo?.Marked !== true) problems.push('MarkInfo /Marked is not true');
  if (text(catalog.Lang) !== language) problems.push(`catalog /Lang is not ${language}`);
  const preferences = catalog.ViewerPreferences ? file.dict(catalog.ViewerPreferences) : {};
  if (preferences.DisplayDocTitle !== true)
    problems.push('ViewerPreferences /DisplayDocTitle is not true');
  const structRoot = catalog.StructTreeRoot ? file.dict(catalog.StructTreeRoot) : null;
  if (!structRoot) problems.push('no StructTreeRoot');
  if (structRoot && !structRoot.ParentTree) problems.push('the StructTreeRoot has no ParentTree');

  // Metadata: XMP present, parseable, PDF/A and PDF/UA identification, equal to Info.
  const xmpEquals: [string, unknown][] = [
    ['dc:title', info.Title],
    ['dc:creator', info.Author],
    ['dc:description', info.Subject],
    ['xmp:creatortool', info.Creator],
    ['pdf:producer', info.Producer],
    ['xmp:createdate', pdfDateAsXmp(info.CreationDate)],
    ['xmp:modifydate', pdfDateAsXmp(info.ModDate)],
  ];
  for (const [key, value] of xmpEquals) {
    if (!value) problems.push(`Info has no value for XMP ${key}`);
    else if (xmp.get(key) !== value) {
      problems.push(
        `XMP ${key} is ${JSON.stringify(xmp.get(key))}, Info has ${JSON.stringify(value)}`,
      );
    }
  }
  if (xmp.get('dc:language') !== language) problems.push(`XMP dc:language is not ${language}`);
  if (xmp.get('pdfaid:part') !== '3') problems.push('XMP pdfaid:part is not 3');
  if (xmp.get('pdfaid:conformance') !== 'A') problems.push('XMP pdfaid:conformance is not A');
  if (xmp.get('pdfuaid:part') !== '1') problems.push('XMP pdfuaid:part is not 1');
  if (
    !/<pdfaSchema:namespaceURI>http:\/\/www\.aiim\.org\/pdfua\/ns\/id\/<\/pdfaSchema:namespaceURI>/.test(
      reading.xmpText,
    )
  ) {
    problems.push('XMP does not declare the pdfuaid namespace in a pdfaExtension schema');
  }
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(reading.xmpText)) {
    problems.push('XMP has an unescaped &');
  }
  if (!catalog.Metadata) problems.push('no XMP metadata stream');
  else if (file.dict(catalog.Metadata).Filter) problems.push('the XMP metadata stream is filtered');

  // Output intent with an sRGB ICC profile.
  const intents = (catalog.OutputIntents as PdfValue[] | undefined) ?? [];
  const intent = intents.length === 1 ? file.dict(intents[0]) : null;
  if (!intent) problems.push(`${intents.length} output intents, not 1`);
  else {
    if (name(intent.S) !== 'GTS_PDFA1') problems.push('the output intent is not GTS_PDFA1');
    const profile = file.stream(intent.DestOutputProfile);
    const header = profile.toString('latin1', 36, 40);
    const space = profile.toString('latin1', 16, 20);
    if (header !== 'acsp' || space !== 'RGB ')
      problems.push('the output intent has no RGB ICC profile');
    if (file.dict(intent.DestOutputProfile).N !== 3)
      problems.push('the ICC profile stream lacks /N 3');
  }

  // The statistics JSON as an associated file.
  const json = reading.attachments.filter(
    (attachment) => attachment.subtype === 'application/json',
  );
  if (json.length !== 1) problems.push(`${json.length} associated JSON files, not 1`);
  else {
    if (json[0]!.relationship !== 'Data') problems.push('the JSON is not AFRelationship /Data');
    if (!json[0]!.content.equals(Buffer.from(expected.json, 'utf8'))) {
      problems.push('the embedded JSON differs from the one written beside the PDF');
    }
  }

  return problems;
}

/**
 * The tagging rules: every page's tab order and parent-tree key, every
 * drawing operator inside tagged content or an artifact (never one in the
 * other), every MCID in the structure tree, the tree's shape (one Document,
 * known types, Figures with Alt, tables of TR/TH/TD with TH scope, headings
 * that skip no level), and a bookmark for each section on its heading's page.
 */
export function taggingProblems(reading: ArchivalReading): string[] {
  const problems: string[] = [];
  const { file } = reading;
  const structRoot = file.catalog.StructTreeRoot ? file.dict(file.catalog.StructTreeRoot) : null;
  // Pages: tab order, parent tree keys, and every drawing operator tagged or an artifact.
  const parentTree = structRoot?.ParentTree ? numberTree(file, structRoot.ParentTree) : new Map();
  const usedMcids: Set<number>[] = [];
  file.pages.forEach((pageRef, index) => {
    const number = index + 1;
    const page = file.dict(pageRef);
    if (name(page.Tabs) !== 'S') problems.push(`page ${number}: /Tabs is not /S`);
    const key = page.StructParents;
    if (typeof key !== 'number') problems.push(`page ${number}: no /StructParents`);
    const parents =
      typeof key === 'number'
        ? (file.resolve(parentTree.get(key)) as PdfValue[] | undefined)
        : undefined;
    const mcids = new Set<number>();
    usedMcids.push(mcids);
    const stack: { artifact: boolean; mcid: number | null }[] = [];
    for (const { op, operands } of file.operators(pageRef)) {
      if (op === 'BMC' || op === 'BDC') {
        const tag = name(operands[0]);
        const props =
          op === 'BDC' && !(operands[1] instanceof Name) ? (operands[1] as PdfDict) : {};
        const mcid = typeof props.MCID === 'number' ? props.MCID : null;
        const artifact = tag === 'Artifact';
        const insideTagged = stack.some((mark) => mark.mcid !== null);
        const insideArtifact = stack.some((mark) => mark.artifact);
        if ((artifact || mcid !== null) && (insideTagged || insideArtifact)) {
          problems.push(
            `page ${number}: ${artifact ? 'an artifact' : `MCID ${mcid}`} nested in ${insideTagged ? 'tagged content' : 'an artifact'}`,
          );
        }
        if (mcid !== null) {
          if (mcids.has(mcid)) problems.push(`page ${number}: MCID ${mcid} used twice`);
          mcids.add(mcid);
          const parent = parents?.[mcid];
          if (!(parent instanceof Ref)) {
            problems.push(
              `page ${number}: MCID ${mcid} has no structure element in the ParentTree`,
            );
          }
        }
        stack.push({ artifact, mcid });
      } else if (op === 'EMC') {
        if (stack.pop() === undefined) problems.push(`page ${number}: EMC without BMC/BDC`);
      } else if (TEXT_OPERATORS.has(op) || PATH_OPERATORS.has(op) || OTHER_DRAWING.has(op)) {
        if (!stack.some((mark) => mark.artifact || mark.mcid !== null)) {
          problems.push(`page ${number}: ${op} outside tagged content and artifacts`);
        }
      }
    }
    if (stack.length > 0) problems.push(`page ${number}: ${stack.length} marked content left open`);
  });

  // The structure tree.
  if (reading.tree.length !== 1 || reading.tree[0]!.role !== 'Document') {
    problems.push(
      `the structure tree's root holds ${reading.tree.map((e) => e.role).join(', ') || 'nothing'}, not one Document`,
    );
  }
  const elements = allElements(reading.tree);
  let previousHeading = 0;
  for (const element of elements) {
    if (!ROLES.has(element.role)) problems.push(`unexpected structure type ${element.role}`);
    if (element.role === 'Figure' && !element.alt?.trim()) problems.push('a Figure without Alt');
    if (element.role === 'Table') {
      const rows = element.children.flatMap((child) =>
        ['THead', 'TBody'].includes(child.role) ? child.children : [child],
      );
      if (rows.length === 0 || rows.some((row) => row.role !== 'TR'))
        problems.push('a Table whose children are not all TR');
      for (const row of rows) {
        if (row.children.some((cell) => cell.role !== 'TH' && cell.role !== 'TD'))
          problems.push('a TR with a child that is not TH or TD');
      }
      if (!rows.some((row) => row.children.some((cell) => cell.role === 'TH')))
        problems.push(`a Table without TH: ${fullText(element).slice(0, 60)}`);
    }
    if (element.role === 'TH' && !['Column', 'Row', 'Both'].includes(element.scope ?? '')) {
      problems.push(`a TH without Scope: ${element.text}`);
    }
    // An empty table cell is fine (and keeps the rows regular); any other empty element is not.
    const mayBeEmpty = ['Figure', 'TD', 'TH'].includes(element.role);
    if (element.children.length === 0 && element.text === '' && !mayBeEmpty) {
      problems.push(`an empty ${element.role}`);
    }
    const heading = /^H([1-6])$/.exec(element.role);
    if (heading) {
      const level = Number(heading[1]);
      if (level > previousHeading + 1)
        problems.push(`heading ${element.role} after H${previousHeading}: ${element.text}`);
      previousHeading = level;
    }
  }
  // Every MCID in the content belongs to an element and vice versa (through the ParentTree).
  for (const [index, mcids] of usedMcids.entries()) {
    const texts = reading.mcidText[index]!;
    for (const mcid of texts.keys()) {
      if (!mcids.has(mcid))
        problems.push(`page ${index + 1}: text in MCID ${mcid}, which the content does not mark`);
    }
  }
  const referenced = new Map<number, number>();
  for (const element of elements)
    for (const page of element.pages) referenced.set(page, (referenced.get(page) ?? 0) + 1);
  usedMcids.forEach((mcids, index) => {
    if (mcids.size > 0 && !referenced.has(index + 1))
      problems.push(`page ${index + 1}: marked content no structure element refers to`);
  });

  // Bookmarks: one per H2 section, pointing at the page where its heading is.
  const sections = elements.filter((element) => element.role === 'H2');
  for (const section of sections) {
    const entry = reading.outline.find((item) => item.title === section.text);
    if (!entry) problems.push(`no bookmark for the section "${section.text}"`);
    else if (entry.page !== section.pages[0]) {
      problems.push(
        `the bookmark "${entry.title}" points at page ${entry.page}, the heading is on page ${section.pages[0]}`,
      );
    }
  }
  for (const entry of reading.outline) {
    const heading = elements.find(
      (element) => /^H[2-6]$/.test(element.role) && element.text === entry.title,
    );
    if (!heading) problems.push(`the bookmark "${entry.title}" names no heading`);
  }
  return problems;
}

/** A number tree's leaves (`Nums` of the root and its `Kids`). */
function numberTree(file: PdfFile, root: PdfValue): Map<number, PdfValue> {
  const result = new Map<number, PdfValue>();
  const walk = (node: PdfValue): void => {
    const dict = file.dict(node);
    const nums = (dict.Nums as PdfValue[] | undefined) ?? [];
    for (let index = 0; index + 1 < nums.length; index += 2)
      result.set(nums[index] as number, nums[index + 1]!);
    for (const kid of (dict.Kids as PdfValue[] | undefined) ?? []) walk(kid);
  };
  walk(root);
  return result;
}
