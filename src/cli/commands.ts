import type { Command } from 'commander';
import type { Terminal } from './io.js';
import { registerBatch } from './batch.js';
import { registerDiff } from './diff.js';
import { registerReport } from './report.js';
import { registerValidate } from './validate.js';

/** Every command of the tool, each in its own module. */
export function registerCommands(program: Command, terminal: Terminal): void {
  registerReport(program, terminal);
  registerValidate(program, terminal);
  registerDiff(program, terminal);
  registerBatch(program, terminal);
}
