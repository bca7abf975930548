import type { ErrorInfo } from '../model.js';

// How a runtime's error report is found in a raw log. The scanner reads bytes and only
// decodes a line when it holds one of a detector's triggers, or when a block is open, so
// detectors pick triggers that are rare in ordinary output.

export interface LogLine {
  /** The line as the program printed it: timestamps, ANSI colours, `##[error]` and CR removed. */
  text: string;
  /** 1-based line number in the log. */
  number: number;
}

export interface DetectorContext {
  /** Absolute workspace root, stripped from file paths in frames. */
  workspace: string;
}

/** One error a block yielded: the outermost error, with its causes inside. */
export interface DetectedError {
  error: ErrorInfo;
  /** The log line where the report starts (for annotations and "seen at"). */
  line: number;
}

/**
 * The lines of one error report, fed one by one after the line that started it.
 * `push` answers 'more' when it took the line, or 'end' when the report ended before it
 * (the scanner then offers that line to every detector again). A block may take a few
 * foreign lines interleaved by parallel processes, as long as it stays bounded.
 */
export interface LogBlock {
  push(line: LogLine): 'more' | 'end';
  /** Called once: after 'end', at the end of the log, or when the block grew past the scanner's bound. */
  finish(): DetectedError[];
}

export interface LogDetector {
  /** The runtime's name as reports show it: python, node, jvm, go, rust, ruby, dotnet, php, native. */
  readonly runtime: string;
  /** Literal ASCII substrings; a line that may start a report holds at least one of them. */
  readonly triggers: readonly string[];
  /**
   * Called for a line that holds a trigger and is in no open block. `before` holds the lines
   * just above it (oldest first, at most BEFORE_LINES), for runtimes that print a header above
   * the line worth triggering on (Node's source excerpt above "TypeError: …").
   * Returns undefined when the line does not start a report.
   */
  start(line: LogLine, before: readonly LogLine[], context: DetectorContext): LogBlock | undefined;
}

/** How many lines above a trigger a detector may look at. */
export const BEFORE_LINES = 12;
