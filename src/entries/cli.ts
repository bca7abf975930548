import { systemClock } from '../clock.js';
import type { ServeConfig } from '../config/serve.js';
import { type CliRequest, type Config, configFromArgv } from '../config.js';
import { ConfigError, errorMessage } from '../errors.js';
import { previousFingerprints } from '../fingerprint/fingerprint.js';
import { makeRedactor, redactingLogger, streamLogger } from '../log.js';
import { renderExplain } from '../render/explain.js';
import { batched, jsonPieces } from '../render/json-stream.js';
import { renderTerminal } from '../render/terminal.js';
import { run } from '../run.js';
import type { LogInput } from '../sources/logs.js';
import { VERSION } from '../version.js';
import { helpText } from './cli-help.js';
import type { CommandRunner } from './run-command.js';

export interface CliIo {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  fetch: typeof fetch;
  /** Standard input, for `--stdin`. */
  stdin?: AsyncIterable<Buffer>;
  /** Runs `faultline run`'s command; spawnCommand unless a test injects another. */
  runCommand?: CommandRunner;
  /** Resolves when stdout can take more: a pipe queues writes in memory otherwise. */
  drain?: () => Promise<void>;
  /** Raw bytes of the command's output, passed through unchanged. */
  stdoutBytes?: (chunk: Buffer) => void;
  stderrBytes?: (chunk: Buffer) => void;
}

export const EXIT = { ok: 0, failOn: 1, usage: 2, skipped: 3 } as const;

/** argv → Config → run() → what the terminal shows and the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let request: CliRequest;
  try {
    request = configFromArgv(argv, io.env, io.cwd);
  } catch (error) {
    io.stderr(`faultline: ${errorMessage(error)}\nRun "faultline --help" for usage.\n`);
    return EXIT.usage;
  }
  if (request.kind === 'help') {
    io.stdout(helpText());
    return EXIT.ok;
  }
  if (request.kind === 'version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (request.kind === 'serve') return serve(request.config, io);
  const { config } = request;
  if (config.commandLine) return runAndTriage(config, config.commandLine, io);
  return triage(
    config,
    io,
    config.stdin && io.stdin ? [{ path: 'stdin', open: () => io.stdin as AsyncIterable<Buffer> }] : [],
  );
}

/** `faultline serve`: runs until SIGINT or SIGTERM; secrets are masked in all it logs. */
async function serve(config: ServeConfig, io: CliIo): Promise<number> {
  const log = redactingLogger(streamLogger(io.stderr, config.verbose), config.masked);
  try {
    const { serveUntilSignal } = await import('../serve/command.js');
    await serveUntilSignal(config, { fetch: io.fetch, clock: systemClock, log });
    return EXIT.ok;
  } catch (error) {
    log.error(`faultline serve failed: ${errorMessage(error)}`);
    return EXIT.usage;
  }
}

/** A byte writer: the one given, or else the text writer. */
function bytesOut(bytes: CliIo['stdoutBytes'], text: (text: string) => void): (chunk: Buffer) => void {
  return bytes ?? ((chunk) => text(chunk.toString()));
}

/** `faultline run`: the command's own exit code always wins; triage only adds what it found. */
async function runAndTriage(config: Config, commandLine: readonly string[], io: CliIo): Promise<number> {
  // node:child_process (and with it net and dgram) is loaded only by the command that runs one.
  const runCommand = io.runCommand ?? (await import('./run-command.js')).spawnCommand;
  const result = await runCommand(commandLine, {
    stdout: bytesOut(io.stdoutBytes, io.stdout),
    stderr: bytesOut(io.stderrBytes, io.stderr),
    cwd: io.cwd,
    env: io.env,
  });
  try {
    // The command's output owns stdout: what faultline found, JSON included, goes to stderr.
    const toStderr = { ...io, stdout: io.stderr, stdoutBytes: bytesOut(io.stderrBytes, io.stderr) };
    if (result.exitCode !== 0) await triage(config, toStderr, [result.output]);
  } finally {
    await result.dispose();
  }
  return result.exitCode;
}

async function triage(config: Config, io: CliIo, logStreams: LogInput[]): Promise<number> {
  const redact = makeRedactor(config.secrets);
  const log = redactingLogger(streamLogger(io.stderr, config.verbose), config.secrets);
  for (const error of config.webhooks.errors) log.error(error.message);
  try {
    const outcome = await run(config, { fetch: io.fetch, clock: systemClock, log, logStreams });
    if (config.command === 'explain') {
      const filter = config.testFilter;
      const chosen = outcome.report.failures.filter(
        (failure) => !filter || failure.test?.name.includes(filter),
      );
      if (config.json)
        io.stdout(
          `${JSON.stringify(
            chosen.map((failure) => ({
              fingerprint: failure.fingerprint,
              ...failure.grouping,
              previous: previousFingerprints(failure),
            })),
            null,
            2,
          )}\n`,
        );
      else io.stdout(redact(renderExplain(chosen)));
    } else if (config.json) {
      const write = bytesOut(io.stdoutBytes, io.stdout);
      for (const chunk of batched(jsonPieces(outcome.report))) {
        write(chunk);
        await io.drain?.();
      }
      io.stdout('\n');
    } else io.stdout(redact(renderTerminal({ ...outcome })));
    for (const reason of outcome.failReasons) log.error(reason);
    if (outcome.failReasons.length > 0) return EXIT.failOn;
    return outcome.report.sources.some((source) => source.error) ? EXIT.skipped : EXIT.ok;
  } catch (error) {
    log.error(error instanceof ConfigError ? error.message : `faultline failed: ${errorMessage(error)}`);
    return EXIT.usage;
  }
}
