import { parentPort, workerData } from 'node:worker_threads';
import { FailureColumns } from './sources/failure-columns.js';
import { FailureSpill, spillLimits } from './sources/failure-spill.js';
import {
  fromWorkerInput,
  type LogRecord,
  recordingLogger,
  type WorkerInput,
  type WorkerOutput,
} from './sources/parse-thread.js';
import { parseReportFiles } from './sources/report-files.js';

// The parsing thread's entry (see src/parse.ts): options in, the report out.
const input = workerData as WorkerInput;
const options = fromWorkerInput(input);
const logs: LogRecord[] = [];
const spill = new FailureSpill(input.spillFile);
const columns = new FailureColumns(spill, spillLimits(options.spill));
const report = await parseReportFiles(options, input.resolved, recordingLogger(logs), columns);
const output: WorkerOutput = { report, failures: columns.done(), logs, size: spill.finish() };
parentPort?.postMessage(output);
