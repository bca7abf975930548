import { systemClock } from '../clock.js';
import { type CliRequest, configFromArgv } from '../config.js';
import { ConfigError, errorMessage } from '../errors.js';
import { previousFingerprints } from '../fingerprint/fingerprint.js';
import { makeRedactor, redactingLogger, streamLogger } from '../log.js';
import { renderExplain } from '../render/explain.js';
import { renderTerminal } from '../render/terminal.js';
import { run } from '../run.js';
import { VERSION } from '../version.js';
import { helpText } from './cli-help.js';

export interface CliIo {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  fetch: typeof fetch;
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
  const { config } = request;
  const redact = makeRedactor(config.secrets);
  const log = redactingLogger(streamLogger(io.stderr, config.verbose), config.secrets);
  for (const error of config.webhooks.errors) log.error(error.message);
  try {
    const outcome = await run(config, { fetch: io.fetch, clock: systemClock, log });
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
    } else if (config.json) io.stdout(`${JSON.stringify(outcome.report, null, 2)}\n`);
    else io.stdout(redact(renderTerminal({ ...outcome })));
    for (const reason of outcome.failReasons) log.error(reason);
    if (outcome.failReasons.length > 0) return EXIT.failOn;
    return outcome.report.sources.some((source) => source.error) ? EXIT.skipped : EXIT.ok;
  } catch (error) {
    log.error(error instanceof ConfigError ? error.message : `faultline failed: ${errorMessage(error)}`);
    return EXIT.usage;
  }
}
