#!/usr/bin/env node
import { runCli } from './entries/cli.js';

// A reader that stops early (`faultline parse --json | head`) is no crash: end quietly with the
// status of a process that SIGPIPE ended (128 + 13), as other Unix tools do.
const SIGPIPE_STATUS = 141;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(SIGPIPE_STATUS);
});

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutBytes: (chunk) => process.stdout.write(chunk),
  stderrBytes: (chunk) => process.stderr.write(chunk),
  stdin: process.stdin,
  drain: () =>
    process.stdout.writableNeedDrain
      ? new Promise((resolve) => process.stdout.once('drain', resolve))
      : Promise.resolve(),
  fetch: globalThis.fetch,
});
