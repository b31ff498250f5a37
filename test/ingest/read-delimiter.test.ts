import { describe, expect, it } from 'vitest';
import {
  detectDelimiter,
  firstNonEmptyLine,
  parseDelimiter,
  sepLineDelimiter,
} from '../../src/ingest/delimiter.js';

describe('detectDelimiter', () => {
  it('picks the most frequent candidate outside quotes', () => {
    expect(detectDelimiter('date;client_id;gender')).toBe(';');
    expect(detectDelimiter('date,client_id,gender')).toBe(',');
    expect(detectDelimiter('date\tclient_id\tgender')).toBe('\t');
  });
  it('ignores candidates inside quoted header names', () => {
    // two commas in quotes, one semicolon outside
    expect(detectDelimiter('"a, b, c";d')).toBe(';');
    expect(detectDelimiter('"a;b;c",d,e')).toBe(',');
  });
  it('breaks ties towards ";" (Latvian Excel), and reads a one-column header with ","', () => {
    expect(detectDelimiter('a;b,c')).toBe(';');
    expect(detectDelimiter('date')).toBe(',');
  });
});

describe('sepLineDelimiter', () => {
  it("reads Excel's sep= line, and nothing else", () => {
    expect(sepLineDelimiter('sep=;')).toBe(';');
    expect(sepLineDelimiter('SEP=,\r')).toBe(',');
    expect(sepLineDelimiter('sep=\t')).toBe('\t');
    expect(sepLineDelimiter('sep=|')).toBeNull();
    expect(sepLineDelimiter('sep;date;client_id')).toBeNull();
    expect(sepLineDelimiter('date;client_id')).toBeNull();
  });
});

describe('firstNonEmptyLine', () => {
  it('skips blank and delimiter-only lines', () => {
    expect(firstNonEmptyLine('\r\n;;;\n  \ndate;x\r\n1;2')).toBe('date;x');
  });
  it('keeps a line break inside quotes', () => {
    expect(firstNonEmptyLine('"a\nb";c\n1;2')).toBe('"a\nb";c');
  });
  it('is null when there is nothing', () => expect(firstNonEmptyLine('\n\n')).toBeNull());
});

describe('parseDelimiter', () => {
  it('accepts the characters and their names', () => {
    expect(parseDelimiter(';')).toBe(';');
    expect(parseDelimiter('semicolon')).toBe(';');
    expect(parseDelimiter('TAB')).toBe('\t');
    expect(parseDelimiter('\\t')).toBe('\t');
    expect(parseDelimiter('\t')).toBe('\t');
    expect(parseDelimiter(',')).toBe(',');
    expect(parseDelimiter('|')).toBeNull();
  });
});
