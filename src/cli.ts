#!/usr/bin/env node
import { runCli } from './entries/cli.js';

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
