import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogInput } from '../sources/logs.js';

// `faultline run -- cmd args`: the command's output passes through unchanged (bytes, not
// text, so colours and partial lines survive), and a copy goes to a temporary file rather
// than memory, so a command that prints gigabytes costs disk, not heap.

export interface CommandResult {
  /** The command's exit code; 128 + the signal number when a signal ended it, as shells report it. */
  exitCode: number;
  /** Its stdout and stderr interleaved as they arrived, for the log scanner. */
  output: LogInput;
  /** Removes the copy of the output. */
  dispose(): Promise<void>;
}

export interface CommandSinks {
  stdout: (chunk: Buffer) => void;
  stderr: (chunk: Buffer) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export type CommandRunner = (commandLine: readonly string[], sinks: CommandSinks) => Promise<CommandResult>;

function signalExitCode(signal: NodeJS.Signals | null): number {
  const number = signal ? constants.signals[signal] : undefined;
  return number === undefined ? 1 : 128 + number;
}

export const spawnCommand: CommandRunner = async (commandLine, sinks) => {
  const folder = await mkdtemp(join(tmpdir(), 'faultline-run-'));
  const path = join(folder, 'output.log');
  const copy = createWriteStream(path);
  const [program = '', ...args] = commandLine;
  const exitCode = await new Promise<number>((resolve) => {
    const child = spawn(program, args, {
      cwd: sinks.cwd,
      env: sinks.env,
      stdio: ['inherit', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => {
      sinks.stdout(chunk);
      copy.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      sinks.stderr(chunk);
      copy.write(chunk);
    });
    child.on('error', (error) => {
      const message = `faultline: cannot run ${program}: ${error.message}\n`;
      sinks.stderr(Buffer.from(message));
      copy.write(message);
      resolve(127);
    });
    child.on('close', (code, signal) => resolve(code ?? signalExitCode(signal)));
  });
  await new Promise<void>((resolve) => copy.end(resolve));
  return {
    exitCode,
    output: {
      path: `output of ${commandLine.join(' ')}`,
      open: () => createReadStream(path) as AsyncIterable<Buffer>,
    },
    dispose: () => rm(folder, { recursive: true, force: true }),
  };
};
