#!/usr/bin/env node
import { loadCli } from '../dist/cli/start.js';

// `lsk-report diff a.json b.json | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const cli = loadCli();
process.exitCode = await cli.main(process.argv.slice(2));
cli.saveCodeCache();
