import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { embeddedJsonFiles, MAX_EMBEDDED_JSON_BYTES } from '../src/embedded-statistics.js';
import { deflatedSpaces, pdfWithEmbeddedJson } from './helpers/embedded-json.js';

describe('embeddedJsonFiles', () => {
  const json = '{"schemaVersion":1}';

  it('reads an embedded JSON file, deflated or not', () => {
    expect(embeddedJsonFiles(pdfWithEmbeddedJson(deflateSync(json)))).toEqual([json]);
    expect(embeddedJsonFiles(pdfWithEmbeddedJson(Buffer.from(json), false))).toEqual([json]);
  });

  it('skips a stream that inflates to more than statistics ever are (a zip bomb)', async () => {
    const megabytes = MAX_EMBEDDED_JSON_BYTES / 1024 / 1024 + 1;
    const bomb = await deflatedSpaces('{"schemaVersion":1,"x":"', megabytes);
    expect(embeddedJsonFiles(pdfWithEmbeddedJson(bomb))).toEqual([]);
    const plain = Buffer.alloc(MAX_EMBEDDED_JSON_BYTES + 1, 0x20);
    expect(embeddedJsonFiles(pdfWithEmbeddedJson(plain, false))).toEqual([]);
  });
});
