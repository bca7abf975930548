import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { errorMessage } from './errors.js';
import type { Logger } from './log.js';
import type { Report } from './model.js';
import { FailureColumns, failuresFrom } from './sources/failure-columns.js';
import { FailureSpill, spillLimits } from './sources/failure-spill.js';
import { type ResolvedSources, resolveSources } from './sources/files.js';
import { type ParseOptions, parseReportFiles } from './sources/report-files.js';

export { describeSourceError, type ParseOptions } from './sources/report-files.js';

// Big reports are parsed in a worker thread built beside the bundle (dist/parse-worker.js),
// whose young generation is kept small: Node 24 lets the main thread's grow to 128 MiB over a
// long parse, which alone breaks the 200 MiB budget (250 MiB on the 1 GB benchmark in this
// thread, 182 in the worker; 170 either way at 300 MB). Starting the worker costs 0.1 s, so
// smaller inputs are parsed here. Run from source (tests), there is no built worker.
const WORKER_FILE = 'parse-worker.js';
const WORKER_FROM_BYTES = 256 * 1024 * 1024;

function builtWorker(): URL | undefined {
  const url = new URL(WORKER_FILE, import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * Reads every report file into one report; a file that fails is listed with its error, and the
 * rest are still read. `worker` is the parsing thread's script (the built one by default).
 */
export async function parseSources(
  options: ParseOptions,
  log: Logger,
  worker: URL | undefined = builtWorker(),
): Promise<Report> {
  const resolved = await resolveSources(options.paths, options.cwd);
  if (worker && (await totalBytes(resolved)) >= (options.parseThreadFromBytes ?? WORKER_FROM_BYTES)) {
    try {
      // Loaded only here: node:worker_threads is a few milliseconds of every start otherwise.
      const { parseInWorker } = await import('./sources/parse-thread.js');
      return await parseInWorker(worker, options, resolved, log);
    } catch (error) {
      // A thread that cannot start or dies is no reason to lose the report: it is read here instead.
      log.warn(`The parsing thread stopped (${errorMessage(error)}); reading the reports in the main thread`);
    }
  }
  const spill = new FailureSpill();
  const columns = new FailureColumns(spill, spillLimits(options.spill));
  const report = await parseReportFiles(options, resolved, log, columns);
  if (spill.spilled > 0) log.debug(`${spill.spilled} failure(s) wait in a temporary file until read`);
  return { ...report, failures: failuresFrom(columns.done(), spill) };
}

async function totalBytes(resolved: ResolvedSources): Promise<number> {
  let total = 0;
  for (const file of resolved.files)
    total += await stat(file.absolute).then(
      (info) => info.size,
      () => 0,
    );
  return total;
}
