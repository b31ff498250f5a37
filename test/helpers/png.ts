import { crc32, deflateSync, inflateSync } from 'node:zlib';

/**
 * PNG files built byte by byte, for images no drawing library writes: pixel
 * data damaged on purpose, or palette images of a few bits a pixel.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG chunk: length, type, data and CRC. */
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** The PNG with its pixel data (the IDAT chunks) replaced by what `idat` makes of it. */
export function withPixelData(
  png: Buffer,
  idat: (rows: Buffer, compressed: Buffer) => Buffer,
): Buffer {
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = SIGNATURE.length; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    chunks.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  const compressed = Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data));
  const kept = chunks.filter((c) => c.type !== 'IDAT' && c.type !== 'IEND');
  return Buffer.concat([
    SIGNATURE,
    ...kept.map((c) => chunk(c.type, c.data)),
    chunk('IDAT', idat(inflateSync(compressed), compressed)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A palette PNG of 4 bits a pixel with a transparency chunk: `rows` of palette
 * indices (an even number a row), `palette` RGB colours, `alpha` one per colour.
 */
export function palettePng(rows: number[][], palette: number[][], alpha: number[]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(rows[0]!.length, 0);
  header.writeUInt32BE(rows.length, 4);
  header.set([4, 3, 0, 0, 0], 8); // 4 bits, palette, deflate, no filter method, not interlaced
  const packed = rows.map((row) => {
    const bytes = [0]; // filter: none
    for (let x = 0; x < row.length; x += 2) bytes.push((row[x]! << 4) | row[x + 1]!);
    return Buffer.from(bytes);
  });
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('tRNS', Buffer.from(alpha)),
    chunk('IDAT', deflateSync(Buffer.concat(packed))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
