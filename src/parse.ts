import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Logger } from './log.js';
import type { Report } from './model.js';
import { FailureColumns, failuresFrom } from './sources/failure-columns.js';
import { DEFAULT_SPILL, FailureSpill } from './sources/failure-spill.js';
import { parseInWorker } from './sources/parse-thread.js';
import { type ParseOptions, parseReportFiles } from './sources/report-files.js';

export { describeSourceError, type ParseOptions } from './sources/report-files.js';

// The bundle parses reports in a worker thread built beside it (dist/parse-worker.js), whose
// young generation is kept small: Node 24 lets the main thread's grow to 128 MiB while a big
// report is parsed, which alone would break the 200 MiB budget. Run from source (tests), there
// is no built worker, and parsing runs in this thread.
const WORKER_FILE = 'parse-worker.js';

function builtWorker(): URL | undefined {
  const url = new URL(WORKER_FILE, import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/** Reads every report file into one report; a file that fails is listed with its error, and the rest are still read. */
export async function parseSources(options: ParseOptions, log: Logger): Promise<Report> {
  const worker = builtWorker();
  if (worker) return parseInWorker(worker, options, log);
  const { keepInMemory, dir } = options.spill ?? DEFAULT_SPILL;
  const spill = new FailureSpill(dir);
  const columns = new FailureColumns(spill, keepInMemory);
  const report = await parseReportFiles(options, log, columns);
  if (spill.spilled > 0) log.debug(`${spill.spilled} failure(s) wait in a temporary file until read`);
  return { ...report, failures: failuresFrom(columns.done(), spill) };
}
