import { createReadStream } from 'node:fs';
import type { FingerprintOptions } from '../fingerprint/fingerprint.js';
import type { Logger } from '../log.js';
import type { LogDetector } from '../logs/detector.js';
import type { InAppRules } from '../logs/in-app.js';
import { logDetectors } from '../logs/registry.js';
import { scanLogStream } from '../logs/scanner.js';
import type { Failure, FailureDraft, SourceInfo } from '../model.js';
import { resolveSources } from './files.js';
import { failedSourceInfo, readSourceInfo, toFailures } from './source-info.js';

// Raw logs (a step's output saved with tee, a downloaded job log, stdin) as sources. Unlike
// reports they are never sniffed: the user named them as logs, and any text is a valid log.

export interface LogInput {
  /** The name shown to users: a path, or "stdin". */
  path: string;
  open(): AsyncIterable<Buffer | string>;
}

async function logFiles(
  patterns: readonly string[],
  cwd: string,
): Promise<{ inputs: LogInput[]; missing: string[]; unmatched: string[] }> {
  const resolved = await resolveSources(patterns, cwd);
  const inputs = resolved.files.map((file) => ({
    path: file.path,
    open: () => createReadStream(file.absolute, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>,
  }));
  return { inputs, missing: resolved.missing, unmatched: resolved.unmatched };
}

/** Scans each log in turn; a log that cannot be read is listed with its error, and the rest go on. */
async function scanLogs(
  inputs: readonly LogInput[],
  detectors: readonly LogDetector[],
  workspace: string,
): Promise<{ sources: SourceInfo[]; failures: FailureDraft[] }> {
  const sources: SourceInfo[] = [];
  const failures: FailureDraft[] = [];
  for (const input of inputs) {
    try {
      failures.push(...(await scanLogStream(input.open(), detectors, { path: input.path, workspace })));
      sources.push(readSourceInfo(input.path, 'log'));
    } catch (error) {
      sources.push(failedSourceInfo(input.path, error));
    }
  }
  return { sources, failures };
}

export interface LogReadOptions {
  logs: readonly string[];
  cwd: string;
  workspace: string;
  inApp: InAppRules;
  fingerprint: FingerprintOptions;
}

/** The configured log files plus any streams the entry hands over (stdin, a command's output). */
export async function readLogs(
  options: LogReadOptions,
  extra: readonly LogInput[],
  log: Logger,
): Promise<{ sources: SourceInfo[]; failures: Failure[] }> {
  const files = options.logs.length > 0 ? await logFiles(options.logs, options.cwd) : undefined;
  for (const pattern of files?.unmatched ?? []) log.warn(`No log files matched ${pattern}`);
  const scanned = await scanLogs([...(files?.inputs ?? []), ...extra], logDetectors, options.workspace);
  const missing = (files?.missing ?? []).map((path) => ({ path, error: { message: 'no such file' } }));
  const failures = toFailures(scanned.failures, options);
  if (failures.length > 0)
    log.info(`Found ${failures.length} runtime error(s) in ${scanned.sources.length} log(s)`);
  return { sources: [...missing, ...scanned.sources], failures };
}
