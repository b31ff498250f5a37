import { inflateSync } from 'node:zlib';

/**
 * A small reader of the PDF files pdfkit writes (a classic cross-reference
 * table, no object streams, Flate or unfiltered streams): every indirect
 * object parsed into plain values, so tests can look at what the file holds
 * (catalog entries, structure elements, content streams) rather than at the
 * options it was made with.
 */

/** An indirect reference `n 0 R`. */
export class Ref {
  constructor(readonly ref: number) {}
}
export class Name {
  constructor(readonly name: string) {}
}
/** A string object: its bytes, and as text (UTF-16BE with a BOM, else PDFDocEncoding taken as Latin-1). */
export class PdfString {
  constructor(readonly bytes: Buffer) {}
  get text(): string {
    if (this.bytes[0] === 0xfe && this.bytes[1] === 0xff) {
      const swapped = Buffer.from(this.bytes.subarray(2));
      swapped.swap16();
      return swapped.toString('utf16le');
    }
    return this.bytes.toString('latin1');
  }
}
/** A content stream operator with its operands. */
export class Operator {
  constructor(
    readonly op: string,
    readonly operands: PdfValue[],
  ) {}
}
export type PdfValue = number | boolean | null | Name | PdfString | Ref | PdfValue[] | PdfDict;
export interface PdfDict {
  [key: string]: PdfValue;
}

export interface PdfObject {
  value: PdfValue;
  /** The decoded stream data, if the object is a stream. */
  stream?: Buffer;
}

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

/** Parses PDF syntax from `data` starting at `at`; keywords outside objects become Operators' names. */
class Lexer {
  constructor(
    readonly data: Buffer,
    public at = 0,
  ) {}

  private skipSpace(): void {
    const { data } = this;
    while (this.at < data.length) {
      const byte = data[this.at]!;
      if (WHITE.has(byte)) this.at++;
      else if (byte === 0x25 /* % */) {
        while (this.at < data.length && data[this.at] !== 0x0a && data[this.at] !== 0x0d) this.at++;
      } else break;
    }
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.at >= this.data.length;
  }

  /** The next token: a value, or a keyword as `{ keyword }`. */
  next(): PdfValue | { keyword: string } {
    this.skipSpace();
    const { data } = this;
    const byte = data[this.at]!;
    const char = String.fromCharCode(byte);
    if (char === '/') {
      const start = ++this.at;
      while (this.at < data.length && !WHITE.has(data[this.at]!) && !DELIMITERS.has(data[this.at]!))
        this.at++;
      const raw = data.toString('latin1', start, this.at);
      return new Name(
        raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
          String.fromCharCode(parseInt(hex, 16)),
        ),
      );
    }
    if (char === '<' && data[this.at + 1] === 0x3c) {
      this.at += 2;
      const dict: PdfDict = {};
      for (;;) {
        this.skipSpace();
        if (data[this.at] === 0x3e && data[this.at + 1] === 0x3e) {
          this.at += 2;
          return dict;
        }
        const key = this.next();
        if (!(key instanceof Name)) throw new Error(`dictionary key expected at ${this.at}`);
        dict[key.name] = this.value();
      }
    }
    if (char === '<') {
      const end = data.indexOf(0x3e, this.at);
      const hex = data.toString('latin1', this.at + 1, end).replace(/\s+/g, '');
      this.at = end + 1;
      return new PdfString(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex'));
    }
    if (char === '(') return this.literalString();
    if (char === '[') {
      this.at++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (data[this.at] === 0x5d) {
          this.at++;
          return items;
        }
        items.push(this.value());
      }
    }
    const start = this.at;
    while (this.at < data.length && !WHITE.has(data[this.at]!) && !DELIMITERS.has(data[this.at]!))
      this.at++;
    if (this.at === start) {
      this.at++;
      return { keyword: char };
    }
    const word = data.toString('latin1', start, this.at);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return Number(word);
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    return { keyword: word };
  }

  private literalString(): PdfString {
    const { data } = this;
    const bytes: number[] = [];
    let depth = 0;
    this.at++;
    for (;;) {
      const byte = data[this.at++]!;
      if (byte === 0x5c /* \ */) {
        const escaped = data[this.at++]!;
        const simple: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
        const letter = String.fromCharCode(escaped);
        if (letter in simple) bytes.push(simple[letter]!);
        else if (escaped >= 0x30 && escaped <= 0x37) {
          let octal = letter;
          while (octal.length < 3 && data[this.at]! >= 0x30 && data[this.at]! <= 0x37)
            octal += String.fromCharCode(data[this.at++]!);
          bytes.push(parseInt(octal, 8) & 0xff);
        } else if (escaped === 0x0d || escaped === 0x0a) {
          if (escaped === 0x0d && data[this.at] === 0x0a) this.at++;
        } else bytes.push(escaped);
      } else if (byte === 0x28) {
        depth++;
        bytes.push(byte);
      } else if (byte === 0x29) {
        if (depth === 0) return new PdfString(Buffer.from(bytes));
        depth--;
        bytes.push(byte);
      } else bytes.push(byte);
    }
  }

  /** A value, with `n 0 R` read as a reference. */
  value(): PdfValue {
    const token = this.next();
    if (typeof token === 'number') {
      const save = this.at;
      const generation = this.next();
      if (typeof generation === 'number') {
        const r = this.next();
        if (r && typeof r === 'object' && 'keyword' in r && r.keyword === 'R')
          return new Ref(token);
      }
      this.at = save;
      return token;
    }
    if (token && typeof token === 'object' && 'keyword' in token) {
      throw new Error(`unexpected keyword ${token.keyword} at ${this.at}`);
    }
    return token;
  }
}

function isKeyword(token: unknown): token is { keyword: string } {
  return typeof token === 'object' && token !== null && 'keyword' in token;
}

/** A parsed PDF file: its objects by number and its trailer. */
export class PdfFile {
  readonly objects = new Map<number, PdfObject>();
  readonly trailer: PdfDict;
  readonly version: string;

  constructor(readonly data: Buffer) {
    this.version = /^%PDF-(\d\.\d)/.exec(data.toString('latin1', 0, 16))?.[1] ?? '';
    const text = data.toString('latin1');
    const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
    const lexer = new Lexer(data, startxref);
    if ((lexer.next() as { keyword: string }).keyword !== 'xref') throw new Error('no xref table');
    const offsets: [number, number][] = [];
    for (;;) {
      const first = lexer.next();
      if (isKeyword(first)) break; // trailer
      const count = lexer.next() as number;
      for (let index = 0; index < count; index++) {
        const offset = lexer.next() as number;
        lexer.next(); // generation
        const kind = lexer.next() as { keyword: string };
        if (kind.keyword === 'n') offsets.push([(first as number) + index, offset]);
      }
    }
    this.trailer = lexer.value() as PdfDict;
    for (const [number, offset] of offsets) this.objects.set(number, this.readObject(offset));
  }

  private readObject(offset: number): PdfObject {
    const lexer = new Lexer(this.data, offset);
    lexer.next(); // number
    lexer.next(); // generation
    lexer.next(); // obj
    const value = lexer.value();
    const after = lexer.next();
    if (!isKeyword(after) || after.keyword !== 'stream') return { value };
    let start = lexer.at;
    if (this.data[start] === 0x0d) start++;
    if (this.data[start] === 0x0a) start++;
    const dict = value as PdfDict;
    const raw = this.data.subarray(start, start + (this.resolve(dict.Length) as number));
    const filter = dict.Filter instanceof Name ? dict.Filter.name : undefined;
    if (filter !== undefined && filter !== 'FlateDecode') throw new Error(`filter ${filter}`);
    return { value, stream: filter ? inflateSync(raw) : Buffer.from(raw) };
  }

  /** Follows a reference (one level); other values are returned as they are. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    if (value instanceof Ref) return this.objects.get(value.ref)?.value;
    return value;
  }

  dict(value: PdfValue | undefined): PdfDict {
    const resolved = this.resolve(value);
    if (
      !resolved ||
      typeof resolved !== 'object' ||
      Array.isArray(resolved) ||
      resolved instanceof Name ||
      resolved instanceof PdfString ||
      resolved instanceof Ref
    ) {
      throw new Error('dictionary expected');
    }
    return resolved as PdfDict;
  }

  stream(value: PdfValue | undefined): Buffer {
    if (!(value instanceof Ref)) throw new Error('stream reference expected');
    const stream = this.objects.get(value.ref)?.stream;
    if (!stream) throw new Error(`object ${value.ref} is not a stream`);
    return stream;
  }

  get catalog(): PdfDict {
    return this.dict(this.trailer.Root);
  }

  /** The page dictionaries' references, in page order. */
  get pages(): Ref[] {
    const pages: Ref[] = [];
    const walk = (node: PdfValue | undefined): void => {
      const dict = this.dict(node);
      if (name(dict.Type) === 'Page') pages.push(node as Ref);
      else for (const kid of dict.Kids as PdfValue[]) walk(kid);
    };
    walk(this.catalog.Pages);
    return pages;
  }

  /** A page's content stream as operators with their operands. */
  operators(page: Ref): Operator[] {
    const contents = this.dict(page).Contents!;
    const streams = Array.isArray(contents) ? contents : [contents];
    return streams.flatMap((ref) => parseContent(this.stream(ref)));
  }
}

/** A content stream as a list of operators; inline images are not expected (pdfkit writes none). */
export function parseContent(data: Buffer): Operator[] {
  const lexer = new Lexer(data);
  const operators: Operator[] = [];
  let operands: PdfValue[] = [];
  while (!lexer.atEnd()) {
    const token = lexer.next();
    if (isKeyword(token)) {
      operators.push(new Operator(token.keyword, operands));
      operands = [];
    } else operands.push(token);
  }
  return operators;
}

/** A name's text, or undefined for anything else. */
export function name(value: PdfValue | undefined): string | undefined {
  return value instanceof Name ? value.name : undefined;
}

/** A string's text, or undefined for anything else. */
export function text(value: PdfValue | undefined): string | undefined {
  return value instanceof PdfString ? value.text : undefined;
}
