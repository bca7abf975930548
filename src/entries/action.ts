import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { systemClock } from '../clock.js';
import { type Config, configFromInputs } from '../config.js';
import { errorMessage } from '../errors.js';
import { actionOutputs } from '../github/outputs.js';
import { type Logger, makeRedactor, redactingLogger, secretParts } from '../log.js';
import { renderTerminal } from '../render/terminal.js';
import { run } from '../run.js';

const coreLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  error: (message) => core.error(message),
};

// Test output is attacker-controlled on fork PRs: a line starting with "::" would run as a
// workflow command. Pausing command processing around it makes it plain text.
function printInert(text: string): void {
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  core.info(text);
  core.info(`::${token}::`);
}

/** INPUT_* → Config → run() → outputs, step summary and, only if the user asked, a failed step. */
export async function runAction(): Promise<void> {
  let config: Config;
  try {
    config = configFromInputs(process.env);
  } catch (error) {
    // A bad input is reported loudly but does not fail the workflow: the user did not ask for that.
    core.error(`faultline is misconfigured: ${errorMessage(error)}`);
    return;
  }
  for (const secret of secretParts(config.secrets)) core.setSecret(secret);
  const log = redactingLogger(coreLogger, config.secrets);
  const redact = makeRedactor(config.secrets);
  for (const error of config.webhooks.errors) log.error(error.message);
  try {
    const outcome = await run(config, {
      fetch: globalThis.fetch,
      clock: systemClock,
      log,
      fileExists: (path) => existsSync(join(config.workspace, path)),
    });
    printInert(redact(renderTerminal(outcome)));
    for (const annotation of outcome.annotations.annotations) {
      core.error(redact(annotation.message), {
        title: redact(annotation.title),
        ...(annotation.file ? { file: annotation.file } : {}),
        ...(annotation.line ? { startLine: annotation.line } : {}),
      });
    }
    for (const [name, value] of Object.entries(
      actionOutputs(outcome, join(config.outputDir, 'report.json'), join(config.outputDir, 'result.json')),
    )) {
      core.setOutput(name, redact(value));
    }
    if (process.env.GITHUB_STEP_SUMMARY && outcome.summaryMarkdown)
      await core.summary.addRaw(redact(outcome.summaryMarkdown)).write();
    if (outcome.failReasons.length > 0) core.setFailed(`faultline: ${outcome.failReasons.join('; ')}`);
  } catch (error) {
    log.error(`faultline could not finish: ${errorMessage(error)}`);
  }
}
