import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { approximateRows, openCsv, readRecords } from '../../src/ingest/read.js';
import { UserError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'lsk-read-'));
let counter = 0;
function file(content: string | Buffer): string {
  const path = join(dir, `f${counter++}.csv`);
  writeFileSync(path, content);
  return path;
}

/** Every record of a file with its line, as `line: fields joined by |`. */
async function records(path: string, forced = {}): Promise<string[]> {
  const csv = await openCsv(path, 'x.csv', forced);
  const out: string[] = [];
  await readRecords(csv, {
    record: (fields, line) => out.push(`${line}: ${fields.join('|')}`),
    syntaxError: (line, message) => out.push(`${line}! ${message}`),
  });
  return out;
}

describe('openCsv', () => {
  it('detects UTF-8 with BOM and ";"', async () => {
    const csv = await openCsv(file('\uFEFFdate;client_id\n2021-01-01;A\n'), 'x.csv');
    expect(csv).toMatchObject({ encoding: 'utf-8', delimiter: ';', bytes: 31 });
  });
  it('detects Windows-1257 when any byte is not UTF-8, and TAB', async () => {
    const csv = await openCsv(file(Buffer.from('date\tpilson\xe2ba\n', 'latin1')), 'x.csv');
    expect(csv).toMatchObject({ encoding: 'windows-1257', delimiter: '\t' });
  });
  it('takes the delimiter from the first non-empty line', async () => {
    const csv = await openCsv(file('\n\n"a,b";c;d\n'), 'x.csv');
    expect(csv.delimiter).toBe(';');
  });
  it('lets forced options win', async () => {
    const csv = await openCsv(file('a;b\n'), 'x.csv', { delimiter: ',', encoding: 'windows-1257' });
    expect(csv).toMatchObject({ encoding: 'windows-1257', delimiter: ',' });
  });
  it('hashes the bytes as they are, while reading them', async () => {
    for (const content of [
      Buffer.from('\uFEFFa;b\r\n1;2\r\n'),
      Buffer.from(`a;b\r\n${'1;Rīga\r\n'.repeat(100_000)}`),
      Buffer.from(`a;b\r\n${'1;R\xeebga\r\n'.repeat(100_000)}`, 'latin1'),
    ]) {
      const csv = await openCsv(file(content), 'x.csv');
      await readRecords(csv, { record: () => undefined, syntaxError: () => undefined });
      expect(csv.sha256).toBe(createHash('sha256').update(content).digest('hex'));
      expect(csv.bytes).toBe(content.length);
    }
  });
  it('refuses what is not CSV with one message and exit code 1', async () => {
    const error = await openCsv(file(Buffer.from([0x50, 0x4b, 3, 4, 0, 0])), 'book.csv').catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(/^book\.csv: this is a workbook/);
  });
});

describe('readRecords', () => {
  it('reads records across the pieces csv-parse is handed, lines included', async () => {
    // Rows of every length up to 96 characters, some with a quoted line break, over several chunks.
    const rows = ['a;b\r\n'];
    const expected = ['1: a|b'];
    let size = 0;
    let line = 2;
    for (let i = 0; size < 700_000; i++) {
      const text = 'x'.repeat(i % 97);
      const quoted = i % 13 === 0;
      const row = quoted ? `${i};"${text}\r\n${text}"\r\n` : `${i};${text}\r\n`;
      rows.push(row);
      size += row.length;
      expected.push(`${line}: ${i}|${quoted ? `${text}\n${text}` : text}`);
      line += quoted ? 2 : 1;
    }
    expect(await records(file(rows.join('')))).toEqual(expected);
  });
  it('numbers physical lines, header = 1, blank lines included', async () => {
    expect(await records(file('a;b\r\n1;2\r\n\r\n3;4\r\n'))).toEqual([
      '1: a|b',
      '2: 1|2',
      '3: ',
      '4: 3|4',
    ]);
  });
  it('reports a record spanning lines at its first line, CRLF or LF inside quotes', async () => {
    // A CRLF is read as LF, inside quotes too.
    const text = 'a;b\r\n"x\r\ny\r\nz";1\r\n2;3\r\n"p\nq";4\n5;6';
    expect(await records(file(text))).toEqual([
      '1: a|b',
      '2: x\ny\nz|1',
      '5: 2|3',
      '6: p\nq|4',
      '8: 5|6',
    ]);
  });
  it('numbers lines right in LF-only and CRLF-only files with breaks inside quotes', async () => {
    expect(await records(file('a,b\n"x\ny",1\n2,3\n"p\n\nq",4\n5,6\n'))).toEqual([
      '1: a|b',
      '2: x\ny|1',
      '4: 2|3',
      '5: p\n\nq|4',
      '8: 5|6',
    ]);
    // csv-parse itself counts a CRLF inside quotes as two lines; the count here must not.
    expect(await records(file('a,b\r\n"x\r\ny",1\r\n2,3\r\n\r\n"p\r\nq",4\r\n5,6'))).toEqual([
      '1: a|b',
      '2: x\ny|1',
      '4: 2|3',
      '5: ',
      '6: p\nq|4',
      '8: 5|6',
    ]);
  });
  it('numbers lines right across read chunks, whatever the line ends', async () => {
    // Enough records for several 256 KiB chunks, some spanning lines, so that records
    // straddle chunk boundaries; the expected line of each is counted while writing.
    for (const [eol, inside] of [
      ['\n', '\n'],
      ['\r\n', '\r\n'],
      ['\r\n', '\r'], // a lone CR is text here, not a line break
    ]) {
      const expected: string[] = ['1: a|b'];
      let text = `a,b${eol}`;
      let line = 2;
      for (let i = 0; i < 40_000; i++) {
        const breaks = i % 7 === 3 ? 1 + (i % 3) : 0;
        const value = Array.from({ length: breaks + 1 }, (_, k) => `v${i}-${k}`).join(inside);
        text += breaks > 0 ? `"${value}",${i}${eol}` : `${value},${i}${eol}`;
        expected.push(`${line}: ${inside === '\r\n' ? value.replace(/\r\n/g, '\n') : value}|${i}`);
        line += 1 + (inside === '\r' ? 0 : breaks);
      }
      const got = await records(file(text));
      // The first few wrong lines, not a diff of 40,000 of them.
      expect(expected.filter((want, i) => got[i] !== want).slice(0, 3)).toEqual([]);
      expect(got).toHaveLength(expected.length);
    }
  });
  it('keeps delimiters and doubled quotes inside quoted fields', async () => {
    expect(await records(file('a,b\n"1,5","say ""hi"""\n'))).toEqual(['1: a|b', '2: 1,5|say "hi"']);
  });
  it('keeps quotes inside an unquoted field as text', async () => {
    expect(await records(file('a;b\nPMIC "Mucenieki";1\n'))).toEqual([
      '1: a|b',
      '2: PMIC "Mucenieki"|1',
    ]);
  });
  it('never lets a BOM into the first field, also when Windows-1257 is forced', async () => {
    const path = file('\uFEFFdate;b\n');
    expect(await records(path)).toEqual(['1: date|b']);
    expect(await records(path, { encoding: 'windows-1257' })).toEqual(['1: date|b']);
  });
  it('decodes Windows-1257 letters, also across chunk boundaries', async () => {
    const row = Buffer.from('R\xeega;\xe2\xf0\xfe\xc7\n', 'latin1'); // Rīga;āšžĒ
    const many = Buffer.concat(Array.from({ length: 40_000 }, () => row));
    const out = await records(file(Buffer.concat([Buffer.from('a;b\n'), many])));
    expect(out).toHaveLength(40_001);
    expect(out[1]).toBe('2: Rīga|āšžĒ');
    expect(out[40_000]).toBe('40001: Rīga|āšžĒ');
  });
  it('keeps the rows of a UTF-8 file whose letters straddle read chunks', async () => {
    const many = 'Rīga;ģimene\n'.repeat(30_000);
    const out = await records(file(`a;b\n${many}`));
    expect(new Set(out.slice(1).map((line) => line.replace(/^\d+: /, '')))).toEqual(
      new Set(['Rīga|ģimene']),
    );
  });
  it('stops at an unclosed quote with the line where the field starts', async () => {
    const error = await records(file('a;b\n1;2\n"x;3\n4;5\n')).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(
      /^x\.csv:3: a quoted field starting on this line is never closed/,
    );
  });
});

describe('approximateRows', () => {
  const row = 'a'.repeat(39) + '\n'; // 40 bytes
  it('counts the rows when the head is the whole file', () => {
    const head = Buffer.from(row.repeat(25));
    expect(approximateRows(head, head.length)).toBe(25);
  });
  it("scales the head's rows to the file's bytes", () => {
    expect(approximateRows(Buffer.from(row.repeat(100)), 4_000_000)).toBe(100_000);
    expect(approximateRows(Buffer.from(row.replace('\n', '\r\n').repeat(10)), 41_000)).toBe(1000);
  });
  it('counts no blank or short lines, so a head of blank lines promises no rows', () => {
    expect(approximateRows(Buffer.from('\n'.repeat(1000)), 150_000_000)).toBe(0);
    expect(approximateRows(Buffer.from(('x;y\n' + row).repeat(10)), 4400)).toBe(100);
  });
});

describe('the encoding, decided on evidence while reading', () => {
  /** Lines of records whose fields hold bytes that are not UTF-8, and the file's final encoding. */
  async function undecodable(content: Buffer): Promise<{ lines: number[]; encoding: string }> {
    const csv = await openCsv(file(content), 'x.csv');
    const lines: number[] = [];
    await readRecords(csv, {
      record: (_fields, line, bad) => (bad ? lines.push(line) : undefined),
      syntaxError: () => undefined,
    });
    return { lines, encoding: csv.encoding };
  }
  const utf8 = (text: string) => Buffer.from(text, 'utf8');

  it('reads a UTF-8 file with one invalid byte as UTF-8, flagging only that row', async () => {
    const content = Buffer.concat([
      utf8('a;b\n1;Rīga\n2;J'),
      Buffer.from([0xfb]), // ū in Windows-1257
      utf8('rmala\n3;Jūrmala\n'),
    ]);
    expect(await undecodable(content)).toEqual({ lines: [3], encoding: 'utf-8' });
  });

  it('decides a file whose first 64 KB are ASCII at its first non-ASCII byte', async () => {
    const ascii = 'a;b\n' + '1;Riga\n'.repeat(20_000);
    expect(await undecodable(utf8(`${ascii}2;Rīga\n`))).toEqual({ lines: [], encoding: 'utf-8' });
    const cp1257 = Buffer.from(`${ascii}2;R\xeega\n`, 'latin1');
    const csv = await openCsv(file(cp1257), 'x.csv');
    const values: string[] = [];
    await readRecords(csv, { record: (f) => values.push(f[1]!), syntaxError: () => undefined });
    expect(csv.encoding).toBe('windows-1257');
    expect(values.at(-1)).toBe('Rīga');
  });

  it('stops at UTF-8 after bytes read as Windows-1257, naming the line, rather than print mojibake', async () => {
    // The first 64 KB are Windows-1257 only: they decide; the UTF-8 comes after them.
    const content = Buffer.concat([
      Buffer.from(`a;b\n${'1;R\xeega\n'.repeat(10_000)}`, 'latin1'),
      utf8('2;x\n3;Rīga\n'),
    ]);
    const csv = await openCsv(file(content), 'x.csv');
    const error = await readRecords(csv, {
      record: () => undefined,
      syntaxError: () => undefined,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(
      /^x\.csv:10003: this line holds UTF-8 text, but the lines before it do not/,
    );
    // Forced, the file is read as told.
    const forced = await openCsv(file(content), 'x.csv', { encoding: 'windows-1257' });
    await readRecords(forced, { record: () => undefined, syntaxError: () => undefined });
    expect(forced.encoding).toBe('windows-1257');
  });
});

describe('readRecords limits', () => {
  it('stops at a record longer than the limit, naming the line it starts on', async () => {
    const path = file(`a;b\n1;2\n3;${'x'.repeat(5000)}\n4;5\n`);
    const csv = await openCsv(path, 'x.csv');
    const seen: number[] = [];
    const error = await readRecords(
      csv,
      { record: (_fields, line) => seen.push(line), syntaxError: () => undefined },
      1000,
    ).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.exitCode).toBe(1);
    expect(error.message).toBe(
      'x.csv:3: the row starting on this line is longer than 1,000 characters, so the file cannot be a contact export ' +
        '(or a quote is never closed and swallows the lines after it); check the file and its quotes',
    );
    expect(seen).toEqual([1, 2]);
  });
  it('catches an unclosed quote early instead of reading the rest of the file into one field', async () => {
    const rest = 'A;2021-01-01\n'.repeat(200);
    const csv = await openCsv(file(`a;b\n"open;1\n${rest}`), 'x.csv');
    const error = await readRecords(
      csv,
      { record: () => undefined, syntaxError: () => undefined },
      1000,
    ).catch((e) => e);
    expect(error.message).toMatch(
      /^x\.csv:2: the row starting on this line is longer than 1,000 characters/,
    );
  });
  it('measures a row in the bytes csv-parse reads, after decoding Windows-1257', async () => {
    // 'ā' is one byte in Windows-1257 (0xE2) and two in the UTF-8 that csv-parse reads.
    const row = (n: number) => Buffer.from(`a;b\n1;${'\xe2'.repeat(n)}\n4;5\n`, 'latin1');
    const lines = async (n: number) => {
      const csv = await openCsv(file(row(n)), 'x.csv');
      expect(csv.encoding).toBe('windows-1257');
      const seen: number[] = [];
      const sink = {
        record: (_f: string[], line: number) => seen.push(line),
        syntaxError: () => {},
      };
      const error: unknown = await readRecords(csv, sink, 1000).catch((e) => e);
      return { seen, error: error instanceof UserError ? error.message : error };
    };
    expect(await lines(495)).toEqual({ seen: [1, 2, 3], error: undefined });
    const over = await lines(505);
    expect(over.seen).toEqual([1]);
    expect(over.error).toMatch(
      /^x\.csv:2: the row starting on this line is longer than 1,000 characters/,
    );
  });
  it.skipIf(process.platform === 'win32')(
    'stops a row that never ends while reading it, not at the end of the file',
    async () => {
      // A pipe fed 'x' for ever (no NUL byte, which would stop the reading first) never ends:
      // only a check made while the row is read can stop it.
      const fifo = join(dir, `endless${counter++}`);
      execFileSync('mkfifo', [fifo]);
      const writer = createWriteStream(fifo);
      writer.on('error', () => undefined); // the reader closes the pipe when it stops
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const feed = () => {
        while (!writer.destroyed && writer.write(chunk));
      };
      writer.on('drain', feed);
      feed();
      const endless = { ...(await openCsv(file('a;b\n'), 'x.csv')), path: fifo };
      const error = await readRecords(
        endless,
        { record: () => undefined, syntaxError: () => undefined },
        1000,
      )
        .catch((e) => e)
        .finally(() => writer.destroy());
      expect(error).toBeInstanceOf(UserError);
      expect(error.message).toMatch(
        /^x\.csv:1: the row starting on this line is longer than 1,000 characters/,
      );
    },
  );
  it('reads a record just within the limit', async () => {
    const csv = await openCsv(file(`a;b\n1;${'x'.repeat(900)}\n`), 'x.csv');
    const out: number[] = [];
    await readRecords(
      csv,
      { record: (f) => out.push(f.join('').length), syntaxError: () => undefined },
      1000,
    );
    expect(out).toEqual([2, 901]);
  });
});

describe('files the system will not read', () => {
  it('are a UserError naming the file by its display name, in plain words, exit 1', async () => {
    for (const [path, words] of [
      [join(dir, 'gone.csv'), 'there is no such file or folder'],
      [dir, 'it is a folder, not a file'],
    ] as const) {
      const error = await openCsv(path, 'kontakti.csv').catch((e) => e);
      expect(error).toBeInstanceOf(UserError);
      expect(error.exitCode).toBe(1);
      expect(error.message).toBe(`kontakti.csv: cannot read the file: ${words}`);
      expect(error.message).not.toContain(dir);
    }
  });
});
