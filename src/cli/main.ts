import { Command, CommanderError } from 'commander';
import { EXIT, UserError } from '../errors.js';
import { processTerminal, type Terminal } from './io.js';
import { registerCommands } from './commands.js';
import { VERSION } from '../version.js';

/** Builds the commander program; commands register themselves in `commands.ts`. */
export function buildProgram(terminal: Terminal): Command {
  const program = new Command('lsk-report')
    .description(
      'Turns contact exports of the social-mentor programme into its interim report (PDF) and statistics (JSON).',
    )
    .version(VERSION, '-V, --version')
    .option('--debug', 'print stack traces of unexpected errors')
    .enablePositionalOptions()
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => terminal.out(text),
      writeErr: (text) => terminal.err(text),
      outputError: (text, write) =>
        write(`lsk-report: ${text.replace(/^error: /, '').trimEnd()} (see "lsk-report --help")\n`),
    });
  registerCommands(program, terminal);
  return program;
}

/**
 * Runs the command line and returns the exit code. The one place where errors
 * are printed: a UserError as its message, anything else as a bug with a hint
 * to rerun with --debug.
 */
export async function main(argv: string[], terminal: Terminal = processTerminal): Promise<number> {
  const program = buildProgram(terminal);
  // Commands that end without an error but with a verdict (diff: "they differ")
  // set process.exitCode; clear what an earlier in-process run left there.
  process.exitCode = undefined;
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    return reportError(error, terminal, argv.includes('--debug'));
  }
}

function reportError(error: unknown, terminal: Terminal, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Help and version "errors" are commander's way of ending early.
    if (error.exitCode === 0) return EXIT.ok;
    return EXIT.usage;
  }
  if (error instanceof UserError) {
    terminal.err(`lsk-report: ${error.message}\n`);
    return error.exitCode;
  }
  const detail = debug && error instanceof Error ? `\n${error.stack}` : '';
  terminal.err(
    `lsk-report: unexpected error: ${error instanceof Error ? error.message : String(error)}${detail}\n` +
      (debug ? '' : 'This is a bug in lsk-report. Run again with --debug for details.\n'),
  );
  return EXIT.bug;
}
