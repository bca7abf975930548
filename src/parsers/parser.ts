import type { FailureDraft, Summary } from '../model.js';

export interface ParseContext {
  /** The path as the user will see it: relative to the workspace where possible. */
  path: string;
  /** Absolute workspace root, stripped from file paths found inside the report. */
  workspace: string;
  /**
   * Optional: takes failures the parser will not change again, as it goes, so a report with tens
   * of thousands of failures need not hold them all. They are then left out of the result.
   */
  settle?(drafts: FailureDraft[]): void;
}

/**
 * Gives a failure that nothing will change again to `context.settle` at once, or keeps it in
 * `failures` for the result when the caller takes them only at the end.
 */
export function handOver(context: ParseContext, failures: FailureDraft[], draft: FailureDraft): void {
  if (context.settle) context.settle([draft]);
  else failures.push(draft);
}

export interface ParseResult {
  summary: Summary;
  failures: FailureDraft[];
  /** What the parser repaired to read the file (invalid but clear input), for the source's notes. */
  notes?: string[];
}

/**
 * One report format. `sniff` sees the first few KiB of the file as text; `parse`
 * gets the whole file as a stream of text chunks, so no format holds a file in memory.
 * Throw a ParseError (with line and column where known) for input it cannot read.
 */
export interface ReportParser {
  readonly format: string;
  readonly description: string;
  sniff(head: string): boolean;
  parse(chunks: AsyncIterable<string>, context: ParseContext): Promise<ParseResult>;
}

/** The key of ReportChunks' byte reader: a symbol, so no stream's own method is mistaken for it. */
export const RAW_BYTES = Symbol('faultline.rawBytes');

/**
 * Text chunks that can also be read as the file's raw bytes. src/parse.ts passes these, so a
 * byte-level parser can skip decoding what it never reads; tests may pass plain text streams.
 * A byte chunk may be a view of a buffer the reader fills again: it is valid until the next
 * chunk is asked for, so a parser copies what it keeps.
 */
export interface ReportChunks extends AsyncIterable<string> {
  [RAW_BYTES](): AsyncIterable<Uint8Array>;
}

function isReportChunks(chunks: AsyncIterable<string>): chunks is ReportChunks {
  return RAW_BYTES in chunks && typeof chunks[RAW_BYTES] === 'function';
}

/** The raw bytes behind text chunks, when the caller has them. */
export function bytesOf(chunks: AsyncIterable<string>): AsyncIterable<Uint8Array> | undefined {
  return isReportChunks(chunks) ? chunks[RAW_BYTES]() : undefined;
}
