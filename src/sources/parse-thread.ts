import { Worker } from 'node:worker_threads';
import type { FingerprintOptions } from '../fingerprint/fingerprint.js';
import { parseFingerprintRule } from '../fingerprint/rules.js';
import type { Logger } from '../log.js';
import type { Report } from '../model.js';
import { failuresFrom, type SpilledColumns } from './failure-columns.js';
import { FailureSpill, openSpillFile, type SpillFile } from './failure-spill.js';
import type { ResolvedSources } from './files.js';
import type { ParseOptions } from './report-files.js';

// Both sides of the parsing thread. Options cross as plain data; the report comes back with its
// failures as columns (the first few whole, the rest as places in the spill file this side
// opened), and this side makes the stand-ins.

/** Measured on the 1 GB benchmark: smaller promotes more to the old generation, larger is the problem. */
const YOUNG_GENERATION_MB = 48;

type Level = keyof Logger;
/** One line the worker logged, replayed here. */
export type LogRecord = [Level, string];

export interface WorkerInput extends Omit<ParseOptions, 'fingerprint'> {
  fingerprint: { groupBy: FingerprintOptions['groupBy']; rules: { field: string; raw: unknown }[] };
  /** Opened here: a worker's own files are closed when it ends. */
  spillFile: SpillFile;
  resolved: ResolvedSources;
}

export interface WorkerOutput {
  report: Omit<Report, 'failures'>;
  failures: SpilledColumns;
  logs: LogRecord[];
  /** Bytes written to the spill file. */
  size: number;
}

function toWorkerInput(options: ParseOptions, resolved: ResolvedSources, spillFile: SpillFile): WorkerInput {
  const rules = options.fingerprint.rules.map(({ field, raw }) => ({ field, raw }));
  const fingerprint = { groupBy: options.fingerprint.groupBy, rules };
  // Only what parsing reads: the caller may pass its whole configuration, secrets and all.
  const { paths, format, cwd, workspace, inApp, spill } = options;
  return {
    paths: [...paths],
    format,
    cwd,
    workspace,
    fingerprint,
    ...(inApp ? { inApp } : {}),
    ...(spill ? { spill } : {}),
    spillFile,
    resolved,
  };
}

export function fromWorkerInput({
  spillFile: _file,
  resolved: _resolved,
  ...input
}: WorkerInput): ParseOptions {
  const rules = input.fingerprint.rules.map(({ field, raw }) => parseFingerprintRule(raw, field));
  return { ...input, fingerprint: { groupBy: input.fingerprint.groupBy, rules } };
}

/** A logger that keeps what it is told, for the other thread to replay. */
export function recordingLogger(into: LogRecord[]): Logger {
  const record = (level: Level) => (message: string) => void into.push([level, message]);
  return { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
}

export async function parseInWorker(
  file: URL,
  options: ParseOptions,
  resolved: ResolvedSources,
  log: Logger,
): Promise<Report> {
  const spillFile = openSpillFile();
  const worker = new Worker(file, {
    workerData: toWorkerInput(options, resolved, spillFile),
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const spill = FailureSpill.reader(spillFile);
  const output = await new Promise<WorkerOutput>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the report parser stopped (exit code ${code})`)));
  });
  // Its heap goes back before this thread writes the report, which needs room of its own.
  await worker.terminate();
  for (const [level, message] of output.logs) log[level](message);
  const spilled = output.failures.fingerprints.length;
  log.debug(`Parsed in a worker thread; ${spilled} failure(s) wait in a temporary file until read`);
  spill.written(output.size);
  return { ...output.report, failures: failuresFrom(output.failures, spill) };
}
