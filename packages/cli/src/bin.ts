#!/usr/bin/env node
import { nodeIo } from './io.js';
import { main } from './main.js';

// `tablero --help | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await main(process.argv.slice(2), nodeIo());
process.exitCode = code;
// Output drains before exit; should an adapter leave a handle open, do not hang past this.
setTimeout(() => process.exit(code), 2000).unref();
