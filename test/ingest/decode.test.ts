import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeHead,
  incompleteTailLength,
  notCsvReason,
  OneByteToUtf8,
  parseEncoding,
  Utf8Checker,
} from '../../src/ingest/decode.js';

const bytes = (...values: number[]) => Buffer.from(values);

/** Feeds `data` to a checker in chunks of `size` bytes. */
function checkInChunks(data: Buffer, size: number): boolean {
  const checker = new Utf8Checker();
  for (let at = 0; at < data.length; at += size) checker.push(data.subarray(at, at + size));
  return checker.end();
}

describe('incompleteTailLength', () => {
  it('is 0 when the chunk ends on a whole character', () => {
    expect(incompleteTailLength(Buffer.from('abc'))).toBe(0);
    expect(incompleteTailLength(Buffer.from('ā'))).toBe(0); // c4 81
    expect(incompleteTailLength(Buffer.from('€'))).toBe(0); // e2 82 ac
  });
  it('counts the bytes of a character cut off at the end', () => {
    expect(incompleteTailLength(bytes(0x61, 0xc4))).toBe(1); // first byte of ā
    expect(incompleteTailLength(bytes(0x61, 0xe2, 0x82))).toBe(2); // two bytes of €
    expect(incompleteTailLength(bytes(0xf0, 0x9f, 0x98))).toBe(3); // three bytes of an emoji
  });
});

describe('Utf8Checker', () => {
  const latvian = Buffer.from('Vārds;Pilsonība\nĀžš;Irāka\n'.repeat(50));

  it('accepts valid UTF-8 split anywhere, even inside letters', () => {
    for (const size of [1, 2, 3, 5, 7, 64]) expect(checkInChunks(latvian, size)).toBe(true);
  });
  it('rejects Windows-1257 bytes (ā is 0xE2 there, not a valid sequence start here)', () => {
    const cp1257 = bytes(0x49, 0x72, 0xe2, 0x6b, 0x61); // "Irāka"
    expect(checkInChunks(cp1257, 2)).toBe(false);
  });
  it('rejects a file whose last character is cut off', () => {
    expect(checkInChunks(bytes(0x61, 0xc4), 1)).toBe(false);
  });
  it('decides over the whole file: one bad byte at the very end makes it not UTF-8', () => {
    const data = Buffer.concat([latvian, bytes(0xfe)]);
    expect(checkInChunks(data, 100)).toBe(false);
  });
});

describe('parseEncoding', () => {
  it('knows the usual spellings', () => {
    expect(parseEncoding('UTF8')).toBe('utf-8');
    expect(parseEncoding('utf-8')).toBe('utf-8');
    expect(parseEncoding('cp1257')).toBe('windows-1257');
    expect(parseEncoding('Windows-1257')).toBe('windows-1257');
    expect(parseEncoding('latin1')).toBeNull();
  });
});

describe('decodeHead', () => {
  it('drops a BOM and decodes Windows-1257 letters', () => {
    expect(decodeHead(bytes(0xef, 0xbb, 0xbf, 0x61), 'utf-8')).toBe('a');
    // 0xE2 ā, 0xF0 š, 0xFE ž, 0xC7 Ē in Windows-1257
    expect(decodeHead(bytes(0xe2, 0xf0, 0xfe, 0xc7), 'windows-1257')).toBe('āšžĒ');
  });
});

describe('OneByteToUtf8', () => {
  const every = Buffer.from(Array.from({ length: 256 }, (_, byte) => byte));

  it('writes Windows-1257 letters as UTF-8, and every byte as TextDecoder reads it', () => {
    const transcoder = new OneByteToUtf8('windows-1257');
    // ā š ž Ē, then € (three UTF-8 bytes) and an unassigned byte (U+FFFD)
    expect(transcoder.transcode(bytes(0xe2, 0xf0, 0xfe, 0xc7, 0x80, 0xa1)).toString()).toBe(
      'āšžĒ€\ufffd',
    );
    const decoded = new TextDecoder('windows-1257').decode(every);
    expect(transcoder.transcode(every).toString()).toBe(decoded);
  });

  it('reads any bytes at any offset as TextDecoder does, ASCII runs and all', () => {
    const transcoder = new OneByteToUtf8('windows-1257');
    const decoder = new TextDecoder('windows-1257');
    // Mostly ASCII, as exports are: the four-byte steps meet other bytes at every alignment.
    const text = fc.array(fc.oneof(fc.nat(0x7f), fc.nat(0x7f), fc.nat(0xff)), { maxLength: 64 });
    fc.assert(
      fc.property(text, fc.nat(7), (values, offset) => {
        const bytes = Buffer.from([...Array<number>(offset).fill(0x41), ...values]).subarray(
          offset,
        );
        expect(transcoder.transcode(bytes).toString()).toBe(decoder.decode(bytes));
      }),
    );
  });

  it('gives each chunk bytes of its own: the next chunk does not overwrite them', () => {
    const transcoder = new OneByteToUtf8('windows-1257');
    const first = transcoder.transcode(every);
    const second = transcoder.transcode(bytes(0x49, 0x72, 0xe2, 0x6b, 0x61));
    expect(second.toString()).toBe('Irāka');
    expect(second.length).toBe(6);
    expect(first.toString()).toBe(new TextDecoder('windows-1257').decode(every));
  });
});

describe('notCsvReason', () => {
  const reason = (data: Buffer) => notCsvReason(data, data.length);
  it('accepts text', () => expect(reason(Buffer.from('date;client_id\n'))).toBeNull());
  it('names what it found', () => {
    expect(reason(Buffer.alloc(0))).toMatch(/^the file is empty; expected a CSV export/);
    expect(reason(bytes(0xef, 0xbb, 0xbf))).toMatch(/^the file is empty/);
    expect(reason(bytes(0x50, 0x4b, 0x03, 0x04, 0))).toMatch(/^this is a workbook \(\.xlsx/);
    expect(reason(bytes(0xff, 0xfe, 0x64, 0))).toMatch(/^this is UTF-16 text/);
    expect(reason(bytes(0x64, 0x61, 0, 0x74))).toMatch(
      /^this is binary data \(it holds NUL bytes\)/,
    );
    expect(reason(Buffer.from('\n\r\n ;;\n'))).toMatch(/^the file has only blank lines/);
  });
});
