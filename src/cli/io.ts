/**
 * The effects a command may have on the terminal, passed in so that tests can
 * run commands in memory. stdout carries data only (`--json -`); everything
 * for people goes to stderr.
 */
export interface Terminal {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is an interactive terminal (progress lines are shown only then). */
  readonly isTTY: boolean;
}

export const processTerminal: Terminal = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  get isTTY() {
    return process.stderr.isTTY === true;
  },
};
