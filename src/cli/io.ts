/**
 * The effects a command may have on the terminal, passed in so that tests can
 * run commands in memory. stdout carries data only (`--json -`); everything
 * for people goes to stderr.
 */
export interface Terminal {
  /** Data for stdout: text, or bytes (a PDF with `-o -`). */
  out(data: string | Uint8Array): void;
  err(text: string): void;
  /** Whether stderr is an interactive terminal (progress lines are shown only then). */
  readonly isTTY: boolean;
}

export const processTerminal: Terminal = {
  out: (data) => void process.stdout.write(data),
  err: (text) => void process.stderr.write(text),
  get isTTY() {
    return process.stderr.isTTY === true;
  },
};
