import { createReadStream } from 'node:fs';
import { ParseError } from './errors.js';
import type { FingerprintOptions } from './fingerprint/fingerprint.js';
import type { Logger } from './log.js';
import type { InAppRules } from './logs/in-app.js';
import {
  addSummaries,
  emptySummary,
  type Failure,
  REPORT_SCHEMA,
  type Report,
  type SourceInfo,
} from './model.js';
import { type ParseResult, RAW_BYTES, type ReportChunks } from './parsers/parser.js';
import { detectParser, parserByFormat } from './parsers/registry.js';
import { readChunks, readHead, resolveSources, type SourceFile } from './sources/files.js';
import { failedSourceInfo, readSourceInfo, toFailures } from './sources/source-info.js';

export interface ParseOptions {
  paths: readonly string[];
  /** 'auto' sniffs each file; a format name forces that parser. */
  format: string;
  cwd: string;
  workspace: string;
  fingerprint: FingerprintOptions;
  /** The project's corrections to which frames are its own code (faultline.yml in-app). */
  inApp?: InAppRules;
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
    [RAW_BYTES]: () => createReadStream(path, { highWaterMark: 1 << 20 }),
  };
}

async function parseFile(
  file: SourceFile,
  format: string,
  workspace: string,
): Promise<ParsedFile | undefined> {
  const head = await readHead(file.absolute);
  if (head.trim() === '' && file.explicit) throw new ParseError(file.path, 'the file is empty');
  const parser = format === 'auto' ? detectParser(head) : parserByFormat(format);
  if (!parser) return undefined;
  const result = await parser.parse(fileChunks(file.absolute), { path: file.path, workspace });
  return { format: parser.format, ...result };
}

async function readSource(file: SourceFile, options: ParseOptions): Promise<Outcome> {
  try {
    const result = await parseFile(file, options.format, options.workspace);
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
 * Reads every source into one report. A source that fails is listed with its error and
 * the others are still read: one bad file never hides the rest.
 */
export async function parseSources(options: ParseOptions, log: Logger): Promise<Report> {
  const resolved = await resolveSources(options.paths, options.cwd);
  for (const pattern of resolved.unmatched) log.warn(`No files matched ${pattern}`);
  const sources: SourceInfo[] = resolved.missing.map((path) => ({
    path,
    error: { message: 'no such file' },
  }));
  const failures: Failure[] = [];
  let summary = emptySummary();
  let ignored = 0;
  // Files are read one at a time: parsing is CPU-bound, and this keeps memory to one file's working set.
  for (const file of resolved.files) {
    const outcome = await readSource(file, options);
    if (outcome.kind === 'ignored') {
      ignored += 1;
      continue;
    }
    sources.push(outcome.info);
    if (outcome.kind === 'failed') continue;
    summary = addSummaries(summary, outcome.result.summary);
    for (const failure of toFailures(outcome.result.failures, options)) failures.push(failure);
  }
  if (ignored > 0) log.info(`Ignored ${ignored} matched file(s) that are not test reports`);
  for (const source of sources) {
    if (source.error) log.warn(`Skipped ${describeSourceError(source)}`);
    for (const note of source.notes ?? []) log.info(`Repaired ${source.path}: ${note}`);
  }
  return { schema: REPORT_SCHEMA, summary, sources, failures };
}

export function describeSourceError(source: SourceInfo): string {
  const error = source.error;
  if (!error) return source.path;
  const where =
    error.line === undefined ? '' : `:${error.line}${error.column === undefined ? '' : `:${error.column}`}`;
  return `${source.path}${where}: ${error.message}`;
}
