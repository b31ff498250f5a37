/**
 * The effects a command may have on the terminal, passed in so that tests can
 * run commands in memory. stdout carries data only (`--json -`); everything
 * for people goes to stderr.
 */
import { isAbsolute, relative, sep } from 'node:path';

export interface Terminal {
  /** Data for stdout: text, or bytes (a PDF with `-o -`). */
  out(data: string | Uint8Array): void;
  err(text: string): void;
  /** Whether stderr is an interactive terminal (progress lines are shown only then). */
  readonly isTTY: boolean;
}

/**
 * Control characters other than line breaks and tabs (ESC, BEL, backspace, C1
 * controls, bidirectional overrides), shown as `\u001b`: a file name, a path
 * in the config or any text quoted in a message must never drive the user's
 * terminal (recolour it, clear it, reorder a line). Only the progress line's
 * own `\r\x1b[K` prefix, written by the tool itself, reaches it as such.
 */
export function visibleControls(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A path as messages show it: from `cwd` when inside it (with `/`), else as given. */
export function shownPath(path: string, cwd: string = process.cwd()): string {
  const inside = relative(cwd, path);
  return inside === '' || isAbsolute(inside) || inside.startsWith('..')
    ? path
    : inside.split(sep).join('/');
}

/** The progress line's prefix: back to the line's start, clear it (cli/progress.ts). */
const REWRITE_LINE = '\r\x1b[K';

export const processTerminal: Terminal = {
  out: (data) => void process.stdout.write(data),
  err: (text) =>
    void process.stderr.write(
      text.startsWith(REWRITE_LINE)
        ? REWRITE_LINE + visibleControls(text.slice(REWRITE_LINE.length))
        : visibleControls(text),
    ),
  get isTTY() {
    return process.stderr.isTTY === true;
  },
};
