import { describe, expect, it } from 'vitest';
import { usageError } from './helpers/usage-error.js';
import { NOTE_PLACES, parseNotes } from '../src/notes.js';

const NBSP = '\u00A0';
const parse = (text: string, billing = false) => parseNotes(text, 'notes.md', { billing });

describe('parseNotes', () => {
  it('reads paragraphs with bold and italic runs under the section their heading names', () => {
    const notes = parse('# Klientu izcelsmes valstis\n\nTeksts ar **treknu** un *slīpu*\nrindu.\n');
    expect(notes).toEqual({
      countries: [
        {
          kind: 'paragraph',
          runs: [
            { text: 'Teksts ar ', bold: false, italic: false },
            { text: 'treknu', bold: true, italic: false },
            { text: ' un ', bold: false, italic: false },
            { text: 'slīpu', bold: false, italic: true },
            { text: ' rindu.', bold: false, italic: false },
          ],
        },
      ],
    });
  });

  it('reads bullet and numbered lists', () => {
    const notes = parse('# Sniegtie pakalpojumi\n\n- viens\n- **divi**\n\n3. trīs\n4. četri\n');
    expect(notes.services).toEqual([
      {
        kind: 'list',
        ordered: false,
        start: 1,
        items: [
          [{ text: 'viens', bold: false, italic: false }],
          [{ text: 'divi', bold: true, italic: false }],
        ],
      },
      {
        kind: 'list',
        ordered: true,
        start: 3,
        items: [
          [{ text: 'trīs', bold: false, italic: false }],
          [{ text: 'četri', bold: false, italic: false }],
        ],
      },
    ]);
  });

  it('puts text before the first heading, and "Konteksts", on page 1 (context)', () => {
    expect(Object.keys(parse('Ievads.\n\n## Konteksts\n\nVēl.\n'))).toEqual(['context']);
    expect(parse('Ievads.\n\n## Konteksts\n\nVēl.\n').context).toHaveLength(2);
  });

  it('matches a heading whatever its case, diacritics, number, level or final colon', () => {
    for (const heading of [
      '# 7. Klientu lietu slēgšana',
      '## klientu lietu slegsana:',
      '### KLIENTU LIETU SLĒGŠANA',
      'Klientu lietu slēgšana\n======================',
    ]) {
      expect(Object.keys(parse(`${heading}\n\nTeksts.\n`)), heading).toEqual(['closures']);
    }
  });

  it('sets the text as the report does: no-break spaces and Latvian quotes, across runs', () => {
    const [block] = parse('# Konteksts\n\nIeradās **35** personas PMIC "Mucenieki".\n').context!;
    const text = block?.kind === 'paragraph' ? block.runs.map((run) => run.text).join('|') : '';
    expect(text).toBe(`Ieradās |35|${NBSP}personas PMIC${NBSP}„Mucenieki”.`);
  });

  it('refuses an unknown heading, naming the file, the line and every allowed name (exit 2)', () => {
    const message = usageError(() => parse('Ievads.\n\n# Pakalpojumi\n\nTeksts.\n')).message;
    expect(message).toMatch(
      /^notes\.md:3: unknown heading "Pakalpojumi": a heading names where its text goes, one of Konteksts, Kopsavilkums, /,
    );
    for (const place of NOTE_PLACES.filter((place) => place.key !== 'billing')) {
      expect(message).toContain(place.heading);
    }
    // Billing is a section only when the config sets a rate.
    expect(message).not.toContain('Norēķini');
    expect(Object.keys(parse('# Norēķini\n\nTeksts.\n', true))).toEqual(['billing']);
    expect(usageError(() => parse('# Norēķini\n\nTeksts.\n')).message).toMatch(
      /^notes\.md:1: unknown heading "Norēķini"/,
    );
  });

  it.each([
    ['Teksts <b>trekns</b>.', 'notes.md:1: HTML is not allowed in notes'],
    ['Teksts.\n\n<div>bloks</div>\n', 'notes.md:3: HTML is not allowed in notes'],
    ['- viens\n  - iekšā\n', 'notes.md:1: a list inside a list is not allowed in notes'],
    ['Teksts.\n\n```\nkods\n```\n', 'notes.md:3: a code block is not allowed in notes'],
    ['> citāts\n', 'notes.md:1: a quotation block (">") is not allowed in notes'],
    ['| a | b |\n|---|---|\n| 1 | 2 |\n', 'notes.md:1: a table is not allowed in notes'],
    ['![logo](logo.png)', 'notes.md:1: an image is not allowed in notes'],
    ['Teksts ~~svītrots~~.', 'notes.md:1: strikethrough ("~~") is not allowed in notes'],
    ['- [ ] uzdevums\n', 'notes.md:1: a checkbox ("[ ]") is not allowed in notes'],
    ['- # virsraksts\n', 'notes.md:1: a heading inside a list is not allowed in notes'],
  ])('refuses %j beyond the subset', (text, start) => {
    const message = usageError(() => parse(text)).message;
    expect(message.startsWith(start), message).toBe(true);
    expect(message).toContain('paragraphs, "- " lists, **bold** and *italic*');
  });

  it('prints a link as its text, and takes CRLF line ends and a BOM', () => {
    const notes = parse('\uFEFF# Konteksts\r\n\r\nSk. [SIF](https://www.sif.gov.lv).\r\n');
    expect(notes.context).toEqual([
      {
        kind: 'paragraph',
        runs: [
          { text: 'Sk. ', bold: false, italic: false },
          { text: 'SIF', bold: false, italic: false },
          { text: '.', bold: false, italic: false },
        ],
      },
    ]);
  });

  it('is empty for an empty file', () => {
    expect(parse('')).toEqual({});
    expect(parse('\n\n')).toEqual({});
  });
});
