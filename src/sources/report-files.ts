import { ParseError } from '../errors.js';
import type { FingerprintOptions } from '../fingerprint/fingerprint.js';
import type { Logger } from '../log.js';
import type { InAppRules } from '../logs/in-app.js';
import {
  addSummaries,
  emptySummary,
  type Failure,
  type FailureDraft,
  REPORT_SCHEMA,
  type Report,
  type SourceInfo,
} from '../model.js';
import { type ParseResult, RAW_BYTES, type ReportChunks } from '../parsers/parser.js';
import { detectParser, parserByFormat } from '../parsers/registry.js';
import type { SpillOptions } from './failure-spill.js';
import { type ResolvedSources, readBytes, readChunks, readHead, type SourceFile } from './files.js';
import { failedSourceInfo, failureMaker, readSourceInfo } from './source-info.js';

export interface ParseOptions {
  paths: readonly string[];
  /** 'auto' sniffs each file; a format name forces that parser. */
  format: string;
  cwd: string;
  workspace: string;
  fingerprint: FingerprintOptions;
  /** The project's corrections to which frames are its own code (faultline.yml in-app). */
  inApp?: InAppRules;
  /** How many failures stay in memory before the rest wait on disk (see failure-spill.ts). */
  spill?: SpillOptions;
  /** Reports totalling this many bytes or more are parsed in a worker thread (see src/parse.ts). */
  parseThreadFromBytes?: number;
}

type Settle = (drafts: FailureDraft[]) => void;

/** Where failures go as parsers settle them: memory and disk in this thread, or another thread. */
export interface FailureSink {
  add(failure: Failure): void;
  /** How many were added. */
  readonly count: number;
  /** Drops those added after the first `count`. */
  truncate(count: number): void;
}

interface ParsedFile extends ParseResult {
  format: string;
}

type Outcome =
  | { kind: 'parsed'; info: SourceInfo; result: ParsedFile }
  | { kind: 'failed'; info: SourceInfo }
  | { kind: 'ignored' };

/** The file as text chunks, and as bytes for parsers that find their syntax without decoding. */
function fileChunks(path: string): ReportChunks {
  return {
    [Symbol.asyncIterator]: () => readChunks(path)[Symbol.asyncIterator](),
    [RAW_BYTES]: () => readBytes(path),
  };
}

async function parseFile(
  file: SourceFile,
  format: string,
  workspace: string,
  settle: Settle,
): Promise<ParsedFile | undefined> {
  const head = await readHead(file.absolute);
  if (head.trim() === '' && file.explicit) throw new ParseError(file.path, 'the file is empty');
  const parser = format === 'auto' ? detectParser(head) : parserByFormat(format);
  if (!parser) return undefined;
  const result = await parser.parse(fileChunks(file.absolute), { path: file.path, workspace, settle });
  return { format: parser.format, ...result };
}

async function readSource(file: SourceFile, options: ParseOptions, settle: Settle): Promise<Outcome> {
  try {
    const result = await parseFile(file, options.format, options.workspace, settle);
    if (result)
      return { kind: 'parsed', info: readSourceInfo(file.path, result.format, result.notes), result };
    if (!file.explicit) return { kind: 'ignored' };
    return {
      kind: 'failed',
      info: { path: file.path, error: { message: 'not a test report format faultline reads' } },
    };
  } catch (error) {
    return { kind: 'failed', info: failedSourceInfo(file.path, error) };
  }
}

/**
 * Reads every report file, in this thread, into the report's summary and sources; its failures
 * go to the sink as they are settled. A source that fails is listed with its error and the
 * others are still read: one bad file never hides the rest.
 */
export async function parseReportFiles(
  options: ParseOptions,
  resolved: ResolvedSources,
  log: Logger,
  sink: FailureSink,
): Promise<Omit<Report, 'failures'>> {
  for (const pattern of resolved.unmatched) log.warn(`No files matched ${pattern}`);
  const sources: SourceInfo[] = resolved.missing.map((path) => ({
    path,
    error: { message: 'no such file' },
  }));
  const toFailure = failureMaker(options);
  const settle: Settle = (drafts) => {
    for (const draft of drafts) sink.add(toFailure(draft));
  };
  let summary = emptySummary();
  let ignored = 0;
  // Files are read one at a time: parsing is CPU-bound, and this keeps memory to one file's working set.
  for (const file of resolved.files) {
    // A file that turns out unreadable gives no failures, even those it settled before the error.
    const before = sink.count;
    const outcome = await readSource(file, options, settle);
    if (outcome.kind !== 'parsed') sink.truncate(before);
    if (outcome.kind === 'ignored') {
      ignored += 1;
      continue;
    }
    sources.push(outcome.info);
    if (outcome.kind === 'failed') continue;
    summary = addSummaries(summary, outcome.result.summary);
    settle(outcome.result.failures);
  }
  if (ignored > 0) log.info(`Ignored ${ignored} matched file(s) that are not test reports`);
  for (const source of sources) {
    if (source.error) log.warn(`Skipped ${describeSourceError(source)}`);
    for (const note of source.notes ?? []) log.info(`Repaired ${source.path}: ${note}`);
  }
  return { schema: REPORT_SCHEMA, summary, sources };
}

export function describeSourceError(source: SourceInfo): string {
  const error = source.error;
  if (!error) return source.path;
  const where =
    error.line === undefined ? '' : `:${error.line}${error.column === undefined ? '' : `:${error.column}`}`;
  return `${source.path}${where}: ${error.message}`;
}
