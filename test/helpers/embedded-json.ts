import { createDeflate } from 'node:zlib';

/** A PDF holding one embedded JSON file (as lsk-report embeds its statistics), its stream as given. */
export function pdfWithEmbeddedJson(stream: Buffer, deflated = true): Buffer {
  const filter = deflated ? ' /Filter /FlateDecode' : '';
  return Buffer.concat([
    Buffer.from(
      `%PDF-1.7\n1 0 obj\n<< /Type /EmbeddedFile /Subtype /application#2Fjson${filter} /Length ${stream.length} >>\nstream\n`,
    ),
    stream,
    Buffer.from('\nendstream\nendobj\ntrailer << /Root 2 0 R >>\n%%EOF\n'),
  ]);
}

/** `start`, then `megabytes` MB of spaces, deflated without ever holding them in memory. */
export async function deflatedSpaces(start: string, megabytes: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 1 });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  const spaces = Buffer.alloc(1 << 20, 0x20);
  deflate.write(start);
  for (let i = 0; i < megabytes; i++) {
    if (!deflate.write(spaces)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await ended;
  return Buffer.concat(parts);
}
