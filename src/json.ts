import { UserError } from './errors.js';

/**
 * Parses JSON that a user wrote or kept (the config file, statistics JSON),
 * turning a syntax error into `file:line:column: invalid JSON: …`. The
 * position comes from our own scan rather than from the engine's message,
 * whose wording and detail differ between Node versions.
 */
export function parseJsonText(text: string, fileName: string): unknown {
  // Windows editors like to start UTF-8 files with a byte-order mark.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(source);
  } catch {
    const { offset, reason } = locateJsonError(source);
    const { line, column } = lineAndColumn(source, offset);
    throw new UserError(`${fileName}:${line}:${column}: invalid JSON: ${reason}`);
  }
}

/**
 * A path as a user's JSON file writes it (the config, `periods.json`), for
 * this system: `\` separates folders as `/` does, on every system, so that a
 * file written on Windows (`"eksporti\\*.csv"`) works in CI on Linux too.
 */
export function pathFromJson(path: string): string {
  return path.replaceAll('\\', '/');
}

/** Line and column (both from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

class JsonSyntaxError {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

/** Finds where and why `text` stops being JSON (RFC 8259), by recursive descent. */
export function locateJsonError(text: string): { offset: number; reason: string } {
  let at = 0;
  const fail = (reason: string): never => {
    throw new JsonSyntaxError(at, at >= text.length ? 'unexpected end of file' : reason);
  };
  const found = () => `found ${JSON.stringify(text[at])}`;
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const expect = (char: string, what: string) => {
    space();
    if (text[at] !== char) fail(`expected ${what}, ${found()}`);
    at++;
  };
  const string = () => {
    at++; // opening quote
    for (;;) {
      if (at >= text.length) fail('');
      const char = text[at]!;
      if (char === '"') return void at++;
      if (char < ' ') fail('unescaped control character (e.g. a line break) inside a string');
      if (char === '\\') {
        at++;
        if (text[at] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) at += 5;
        else if (at < text.length && '"\\/bfnrt'.includes(text[at]!)) at++;
        else {
          fail(
            `invalid escape "\\${text[at] ?? ''}" inside a string ` +
              '(write a \\ as \\\\, or write / between folders)',
          );
        }
      } else at++;
    }
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') {
      at++;
      space();
      if (text[at] === '}') return void at++;
      for (;;) {
        space();
        if (text[at] !== '"') fail(`expected a key in double quotes, ${found()}`);
        string();
        expect(':', '":" after the key');
        value();
        space();
        if (text[at] === '}') return void at++;
        if (text[at] !== ',') fail(`expected "," or "}" after a value, ${found()}`);
        at++;
      }
    }
    if (char === '[') {
      at++;
      space();
      if (text[at] === ']') return void at++;
      for (;;) {
        value();
        space();
        if (text[at] === ']') return void at++;
        if (text[at] !== ',') fail(`expected "," or "]" after a value, ${found()}`);
        at++;
      }
    }
    if (char === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(at, at + 400),
    );
    if (!literal) fail(`expected a value, ${found()}`);
    at += literal![0].length;
  };
  try {
    value();
    space();
    if (at < text.length) fail(`unexpected ${JSON.stringify(text[at])} after the end of the JSON`);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { offset: error.offset, reason: error.reason };
    throw error;
  }
  // JSON.parse failed, yet the scan passed: keep a message rather than none.
  return { offset: 0, reason: 'not valid JSON' };
}
