import type { FailureDraft, Summary } from '../model.js';

export interface ParseContext {
  /** The path as the user will see it: relative to the workspace where possible. */
  path: string;
  /** Absolute workspace root, stripped from file paths found inside the report. */
  workspace: string;
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
