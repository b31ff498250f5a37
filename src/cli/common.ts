/**
 * What every command shares: the options `-c/--config`, `-q/--quiet` and
 * `--debug` (accepted before or after the command's name), how usage errors
 * point to the command's own help, and the help text's examples and exit codes.
 */
import type { Command } from 'commander';
import type { Terminal } from './io.js';

/** The options every command accepts, wherever they are written on the line. */
export interface CommonOptions {
  config?: string;
  quiet?: boolean;
  debug?: boolean;
}

/** Adds `-c`, `-q` and `--debug` to a command (the program and each subcommand). */
export function addCommonOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'config file (default: lsk-report.config.json if present)')
    .option('-q, --quiet', 'print nothing but problems')
    .option('--debug', 'print stack traces of unexpected errors');
}

/**
 * The options of a command's action merged with those written before the
 * command's name (`lsk-report -c cfg.json validate` = `lsk-report validate -c cfg.json`).
 */
export function optionsOf<T>(command: Command): T {
  const merged: Record<string, unknown> = {};
  // From the program down to the command: what is written nearest the command wins.
  const chain: Command[] = [];
  for (let current: Command | null = command; current; current = current.parent) {
    chain.unshift(current);
  }
  for (const level of chain) {
    for (const [key, value] of Object.entries(level.opts())) {
      if (value !== undefined) merged[key] = value;
    }
  }
  return merged as T;
}

/** How to call up a command's help: `lsk-report validate --help`. */
export function helpHint(command: Command): string {
  const names: string[] = [];
  for (let current: Command | null = command; current; current = current.parent) {
    names.unshift(current.name());
  }
  return `${names.join(' ')} --help`;
}

/** Exit codes, as every command's help lists them. */
export interface ExitCodeHelp {
  code: number;
  meaning: string;
}

/**
 * Finishes a command's setup: examples and exit codes under its help, and
 * commander's own errors (unknown option, missing argument) printed on one
 * line that points to this command's help (exit 2).
 */
export function describeCommand(
  command: Command,
  terminal: Terminal,
  help: { examples: string[]; exitCodes: ExitCodeHelp[] },
): Command {
  const codes = help.exitCodes.map(
    ({ code, meaning }) => `  ${String(code).padStart(2)}  ${meaning}`,
  );
  command
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => terminal.out(text),
      writeErr: (text) => terminal.err(text),
      outputError: (text, write) =>
        write(
          `lsk-report: ${text.replace(/^error: /, '').trimEnd()} (see "${helpHint(command)}")\n`,
        ),
    })
    .addHelpText(
      'after',
      `\nExamples:\n${help.examples.map((line) => `  $ ${line}`).join('\n')}\n\nExit codes:\n${codes.join('\n')}\n`,
    );
  return command;
}

/** The exit codes of commands that read exports and write reports. */
/** Exit 70, the same for every command: only a bug ends a run this way. */
export const BUG_EXIT: ExitCodeHelp = {
  code: 70,
  meaning: 'a bug in lsk-report (run again with --debug and report it)',
};

export const REPORT_EXIT_CODES: ExitCodeHelp[] = [
  { code: 0, meaning: 'done' },
  { code: 1, meaning: 'invalid data: a row or file of the exports (nothing written)' },
  { code: 2, meaning: 'usage or config error' },
  BUG_EXIT,
];
