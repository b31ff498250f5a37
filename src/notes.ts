import { Lexer, type Token, type Tokens } from 'marked';
import { EXIT, UserError } from './errors.js';
import { typeset } from './lv/typography.js';
import { foldName } from './text.js';

/**
 * The coordinator's own words for a period: a Markdown file of paragraphs and
 * lists, with bold and italic, read into plain blocks that the report prints
 * under the section each heading names. Markdown is read by `marked`'s lexer;
 * anything beyond that subset (HTML, images, tables, code, quotes, nested
 * lists) is refused with its line, so what the coordinator wrote is what
 * prints. The notes are text for the PDF only: they never reach the JSON.
 */

/** A stretch of text in one style. */
export interface NoteRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

export type NoteBlock =
  | { kind: 'paragraph'; runs: NoteRun[] }
  | { kind: 'list'; ordered: boolean; start: number; items: NoteRun[][] };

/** Where notes can go: page 1's "Konteksts", or after a section of the report. */
export const NOTE_PLACES = [
  { key: 'context', heading: 'Konteksts' },
  { key: 'summary', heading: 'Kopsavilkums' },
  { key: 'comparison', heading: 'Salīdzinājums ar iepriekšējo periodu' },
  { key: 'monthly', heading: 'Klienti pa mēnešiem' },
  { key: 'portrait', heading: 'Klientu sociālais portrets' },
  { key: 'countries', heading: 'Klientu izcelsmes valstis' },
  { key: 'status', heading: 'Tiesiskais statuss un ierašanās veids' },
  { key: 'services', heading: 'Sniegtie pakalpojumi' },
  { key: 'closures', heading: 'Klientu lietu slēgšana' },
  { key: 'locations', heading: 'Klientu dzīvesvieta' },
  { key: 'staff', heading: 'Darbinieki' },
  { key: 'billing', heading: 'Norēķini' },
  { key: 'quality', heading: 'Datu kvalitāte' },
] as const;

export type NotePlace = (typeof NOTE_PLACES)[number]['key'];

/** A period's notes, by place; a place without notes is absent. */
export type ReportNotes = Partial<Record<NotePlace, NoteBlock[]>>;

/** What the notes can say where: `billing` only when the report has that section. */
export function notePlaces(options: { billing: boolean }): (typeof NOTE_PLACES)[number][] {
  return NOTE_PLACES.filter((place) => place.key !== 'billing' || options.billing);
}

const SUBSET = 'paragraphs, "- " lists, **bold** and *italic*';

/**
 * Reads a notes file's text. A heading names the section its text goes under
 * (case, diacritics, a leading section number and a final colon do not
 * matter: "4. klientu izcelsmes valstis:" is that section); text before the
 * first heading goes under "Konteksts". An unknown heading, or Markdown beyond
 * the subset, is a usage error (exit 2) naming the file and line.
 */
export function parseNotes(
  text: string,
  fileName: string,
  options: { billing: boolean },
): ReportNotes {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const places = notePlaces(options);
  const notes: ReportNotes = {};
  let place: NotePlace = 'context';
  let offset = 0;
  for (const token of new Lexer({ gfm: true }).lex(source)) {
    const line = source.slice(0, offset).split('\n').length + leadingLines(token.raw);
    offset += token.raw.length;
    const fail = (message: string): never => {
      throw new UserError(`${fileName}:${line}: ${message}`, EXIT.usage);
    };
    switch (token.type) {
      case 'space':
        break;
      case 'heading': {
        const heading = token as Tokens.Heading;
        const found = places.find((candidate) => sameHeading(candidate.heading, heading.text));
        if (found === undefined) {
          fail(
            `unknown heading "${heading.text.trim()}": a heading names where its text goes, one of ` +
              places.map((candidate) => candidate.heading).join(', '),
          );
        }
        place = found!.key;
        break;
      }
      case 'paragraph':
        add(notes, place, {
          kind: 'paragraph',
          runs: inline((token as Tokens.Paragraph).tokens, fail),
        });
        break;
      case 'list': {
        const list = token as Tokens.List;
        add(notes, place, {
          kind: 'list',
          ordered: list.ordered,
          start: typeof list.start === 'number' ? list.start : 1,
          items: list.items.map((item) => listItem(item, fail)),
        });
        break;
      }
      case 'html':
        fail(`HTML is not allowed in notes; write ${SUBSET}`);
        break;
      default:
        fail(`${describe(token.type)} is not allowed in notes; write ${SUBSET}`);
    }
  }
  return notes;
}

/** Blank lines a token's raw text starts with (the lexer puts them in its token). */
function leadingLines(raw: string): number {
  return /^\n*/.exec(raw)?.[0].length ?? 0;
}

function add(notes: ReportNotes, place: NotePlace, block: NoteBlock): void {
  if (block.kind === 'paragraph' && block.runs.length === 0) return;
  (notes[place] ??= []).push(block);
}

/** Whether a heading written in the notes names `title`. */
function sameHeading(title: string, written: string): boolean {
  const bare = written
    .trim()
    .replace(/^\d+\.\s*/, '')
    .replace(/:$/, '');
  return foldName(bare) === foldName(title);
}

function describe(type: string): string {
  const names: Record<string, string> = {
    code: 'a code block',
    blockquote: 'a quotation block (">")',
    hr: 'a horizontal rule',
    table: 'a table',
    def: 'a link definition',
    del: 'strikethrough ("~~")',
    checkbox: 'a checkbox ("[ ]")',
    // Headings outside lists name sections; one reaches here only from inside a list item.
    heading: 'a heading inside a list',
  };
  return names[type] ?? `Markdown "${type}"`;
}

function listItem(item: Tokens.ListItem, fail: (message: string) => never): NoteRun[] {
  const runs: NoteRun[] = [];
  for (const token of item.tokens) {
    if (token.type === 'list')
      fail(`a list inside a list is not allowed in notes; write ${SUBSET}`);
    if (token.type === 'space') continue;
    if (token.type !== 'text' && token.type !== 'paragraph') {
      fail(`${describe(token.type)} is not allowed in notes; write ${SUBSET}`);
    }
    const tokens = (token as Tokens.Text | Tokens.Paragraph).tokens ?? [];
    if (runs.length > 0) runs.push({ text: ' ', bold: false, italic: false });
    runs.push(...styled(tokens, false, false, fail));
  }
  return typesetRuns(runs);
}

function inline(tokens: Token[], fail: (message: string) => never): NoteRun[] {
  return typesetRuns(styled(tokens, false, false, fail));
}

/** Inline tokens → runs; a link prints its text, HTML and images are refused. */
function styled(
  tokens: Token[],
  bold: boolean,
  italic: boolean,
  fail: (message: string) => never,
): NoteRun[] {
  const runs: NoteRun[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'strong':
        runs.push(...styled((token as Tokens.Strong).tokens, true, italic, fail));
        break;
      case 'em':
        runs.push(...styled((token as Tokens.Em).tokens, bold, true, fail));
        break;
      case 'link':
        runs.push(...styled((token as Tokens.Link).tokens, bold, italic, fail));
        break;
      case 'text':
      case 'escape':
      case 'codespan': {
        const nested = (token as Tokens.Text).tokens;
        if (nested !== undefined && nested.length > 0)
          runs.push(...styled(nested, bold, italic, fail));
        else runs.push({ text: (token as Tokens.Text).text, bold, italic });
        break;
      }
      case 'br':
        runs.push({ text: ' ', bold, italic });
        break;
      case 'html':
        fail(`HTML is not allowed in notes; write ${SUBSET}`);
        break;
      case 'image':
        fail(`an image is not allowed in notes; write ${SUBSET}`);
        break;
      default:
        fail(`${describe(token.type)} is not allowed in notes; write ${SUBSET}`);
    }
  }
  return runs;
}

/**
 * The runs with spaces collapsed and the report's typography applied across
 * them ("**42** klienti" keeps 42 with its noun): `typeset` changes characters
 * one for one, so the typeset text is cut back into the runs by length.
 */
function typesetRuns(runs: NoteRun[]): NoteRun[] {
  const collapsed = runs
    .map((run) => ({ ...run, text: run.text.replace(/\s+/g, ' ') }))
    .filter((run) => run.text !== '');
  // No space at the start or end, nor twice where runs meet.
  for (let index = 0; index < collapsed.length; index++) {
    const run = collapsed[index]!;
    const previous = collapsed[index - 1];
    if (index === 0 || (previous !== undefined && previous.text.endsWith(' '))) {
      run.text = run.text.replace(/^ /, '');
    }
  }
  const last = collapsed.at(-1);
  if (last !== undefined) last.text = last.text.replace(/ $/, '');
  const kept = collapsed.filter((run) => run.text !== '');
  const typeset_ = typeset(kept.map((run) => run.text).join(''));
  let at = 0;
  return kept.map((run) => {
    const text = typeset_.slice(at, at + run.text.length);
    at += run.text.length;
    return { ...run, text };
  });
}
