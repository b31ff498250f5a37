import { Command, CommanderError } from 'commander';
import { EXIT, fileProblem, isSystemError, UserError } from '../errors.js';
import { processTerminal, shownPath, type Terminal } from './io.js';
import { registerCommands } from './commands.js';
import { helpHint } from './common.js';
import { VERSION } from '../version.js';

/** Builds the commander program; commands register themselves in `commands.ts`. */
export function buildProgram(terminal: Terminal): Command {
  const program = new Command('lsk-report')
    .description(
      'Turns contact exports of the social-mentor programme into its interim report (PDF) and statistics (JSON).',
    )
    .version(VERSION, '-V, --version')
    // Options before a command's name belong to the program; the shared ones
    // (-c, -q, --debug) are declared on both, so they work on either side.
    .enablePositionalOptions()
    .helpCommand('help [command]', 'show the help of a command');
  registerCommands(program, terminal);
  return program;
}

/**
 * Runs the command line and returns the exit code. The one place where errors
 * are printed: a UserError as its message (a usage error also names the
 * command's help), anything else as a bug with a hint to rerun with --debug.
 */
export async function main(argv: string[], terminal: Terminal = processTerminal): Promise<number> {
  const program = buildProgram(terminal);
  let active: Command = program;
  program.hook('preAction', (_program, command) => {
    active = command;
  });
  // Commands that end without an error but with a verdict (diff: "they differ")
  // set process.exitCode; clear what an earlier in-process run left there.
  process.exitCode = undefined;
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    return reportError(error, terminal, argv.includes('--debug'), active);
  }
}

function reportError(error: unknown, terminal: Terminal, debug: boolean, command: Command): number {
  if (error instanceof CommanderError) {
    // Help and version "errors" are commander's way of ending early.
    if (error.exitCode === 0) return EXIT.ok;
    return EXIT.usage;
  }
  if (error instanceof UserError) {
    const hint = error.exitCode === EXIT.usage ? `\n(see "${helpHint(command)}")` : '';
    terminal.err(`lsk-report: ${error.message}${hint}\n`);
    return error.exitCode;
  }
  const problem = fileProblem(error);
  if (problem !== null && isSystemError(error)) {
    // A file the system refused, wherever in the run: the user's to fix, not a bug.
    terminal.err(
      `lsk-report: cannot ${verbOf(error.syscall)} ${error.path === undefined ? 'a file' : shownPath(error.path)}: ${problem}\n`,
    );
    return EXIT.usage;
  }
  const detail = debug && error instanceof Error ? `\n${error.stack}` : '';
  terminal.err(
    `lsk-report: unexpected error: ${error instanceof Error ? error.message : String(error)}${detail}\n` +
      (debug ? '' : 'This is a bug in lsk-report. Run again with --debug for details.\n'),
  );
  return EXIT.bug;
}

/** What the run was doing, from the system call that failed. */
function verbOf(syscall: string | undefined): string {
  switch (syscall) {
    case 'open':
    case 'read':
      return 'read';
    case 'write':
    case 'rename':
    case 'copyfile':
      return 'write';
    case 'mkdir':
      return 'create the folder';
    case 'scandir':
    case 'opendir':
      return 'read the folder';
    default:
      return 'use';
  }
}
