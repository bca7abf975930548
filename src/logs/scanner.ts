import type { FailureDraft } from '../model.js';
import {
  BEFORE_LINES,
  type DetectorContext,
  type LogBlock,
  type LogDetector,
  type LogLine,
} from './detector.js';
import { isRunnerCommand, splitStream, unframeLine } from './framing.js';
import { TriggerAutomaton } from './trigger-automaton.js';

// Finds runtime errors in a log read as a stream of byte chunks. Decoding UTF-8 costs far
// more than matching, so the bytes are searched for every detector's triggers at once (one
// automaton pass), and only lines with a hit, lines inside an open report, and the few lines
// above a hit are ever decoded.

/** A report longer than this is cut: enough for any real trace, bounded for a runaway one. */
export const MAX_BLOCK_LINES = 4_000;
/** Reports open at once, one per stream of interleaved output. */
export const MAX_OPEN_STREAMS = 32;
/** A line longer than this is cut before decoding (minified bundles, base64 dumps). */
export const MAX_LINE_BYTES = 64 * 1024;

export interface ScanOptions extends DetectorContext {
  /** The log's name as the user sees it, for the failures' source. */
  path: string;
}

interface OpenBlock {
  block: LogBlock;
  runtime: string;
  lines: number;
}

export class LogScanner {
  readonly failures: FailureDraft[] = [];
  private readonly automaton: TriggerAutomaton;
  private carry: Buffer | undefined;
  private lineNumber = 0;
  // One open report per stream: a log may interleave the output of parallel processes.
  private readonly open = new Map<string, OpenBlock>();
  // Lines at or above a stream's last report are not context for its next one.
  private readonly contextFloor = new Map<string, number>();
  // The raw bytes of the last lines that no block took, decoded only when a hit needs them.
  private before: { raw: Buffer; number: number }[] = [];

  constructor(
    private readonly detectors: readonly LogDetector[],
    private readonly options: ScanOptions,
  ) {
    this.automaton = new TriggerAutomaton(detectors.flatMap((detector) => detector.triggers));
  }

  write(chunk: Buffer): void {
    const data = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const end = data.lastIndexOf(10);
    if (end < 0) {
      this.carry = data.length > MAX_LINE_BYTES ? Buffer.from(data.subarray(0, MAX_LINE_BYTES)) : data;
      return;
    }
    this.scan(data, end + 1);
    // Copy what is kept, so one small tail does not pin a whole chunk in memory.
    this.carry = end + 1 < data.length ? Buffer.from(data.subarray(end + 1)) : undefined;
    this.before = this.before.map((entry) => ({ ...entry, raw: Buffer.from(entry.raw) }));
  }

  end(): FailureDraft[] {
    if (this.carry && this.carry.length > 0) {
      const last = this.carry;
      this.carry = undefined;
      this.scan(Buffer.concat([last, Buffer.from('\n')]), last.length + 1);
    }
    this.closeAll();
    // Interleaved streams finish out of order; report in the order the errors began.
    return this.failures.sort((a, b) => (a.source.line ?? 0) - (b.source.line ?? 0));
  }

  // data[0, limit) holds whole lines. Outside a report, jump from trigger to trigger; inside
  // one, feed the report line by line.
  private scan(data: Buffer, limit: number): void {
    let start = 0;
    while (start < limit) {
      let lineStart = start;
      if (this.open.size === 0) {
        const hit = this.automaton.find(data, start, limit);
        if (hit < 0) {
          this.skipLines(data, start, limit, this.automaton.newlines);
          return;
        }
        lineStart = hit > start ? data.lastIndexOf(10, hit) + 1 : start;
        this.skipLines(data, start, lineStart, this.automaton.newlines);
      }
      const newline = data.indexOf(10, lineStart);
      const stop = newline < 0 || newline >= limit ? limit : newline;
      this.lineNumber++;
      this.onLine(data.subarray(lineStart, stop));
      start = stop + 1;
    }
  }

  /** Moves past `count` whole lines in data[from, to), remembering the last few for context. */
  private skipLines(data: Buffer, from: number, to: number, count: number): void {
    if (to <= from) return;
    const kept: Buffer[] = [];
    let end = to - 1;
    while (kept.length < BEFORE_LINES && end >= from) {
      // lastIndexOf takes a negative offset as counted from the end: never pass one.
      const previous = end - 1 >= from ? data.lastIndexOf(10, end - 1) : -1;
      const begin = previous >= from ? previous + 1 : from;
      kept.unshift(data.subarray(begin, end));
      if (begin === from) break;
      end = begin - 1;
    }
    const first = this.lineNumber + count - kept.length + 1;
    this.lineNumber += count;
    for (const [index, raw] of kept.entries()) this.remember(raw, first + index);
  }

  private onLine(raw: Buffer): void {
    const framed = decode(raw);
    // A runner command (##[group], ##[endgroup]…) ends every report: the step's output is over.
    if (isRunnerCommand(framed)) {
      for (const [stream, open] of this.open) if (open.lines > 0) this.close(stream);
    }
    const { stream, text } = splitStream(framed);
    const line: LogLine = { text, number: this.lineNumber };
    const open = this.open.get(stream);
    if (open) {
      if (open.lines < MAX_BLOCK_LINES && open.block.push(line) === 'more') {
        open.lines++;
        return;
      }
      this.close(stream);
    }
    const candidates = this.detectors.filter((detector) =>
      detector.triggers.some((trigger) => line.text.includes(trigger)),
    );
    if (candidates.length > 0) {
      const before = this.context(stream);
      for (const detector of candidates) {
        const block = detector.start(line, before, this.options);
        if (block) {
          // A log with endless stream names must not hold endless reports open.
          if (this.open.size >= MAX_OPEN_STREAMS) this.close(this.open.keys().next().value ?? '');
          this.open.set(stream, { block, runtime: detector.runtime, lines: 0 });
          this.contextFloor.set(stream, line.number);
          return;
        }
      }
    }
    this.remember(raw, line.number);
  }

  /** The remembered lines of one stream, as its detectors see them. */
  private context(stream: string): LogLine[] {
    const lines: LogLine[] = [];
    const floor = this.contextFloor.get(stream) ?? 0;
    for (const entry of this.before) {
      if (entry.number <= floor) continue;
      const split = splitStream(decode(entry.raw));
      if (split.stream === stream) lines.push({ text: split.text, number: entry.number });
    }
    return lines;
  }

  private remember(raw: Buffer, number: number): void {
    this.before.push({ raw, number });
    if (this.before.length > BEFORE_LINES) this.before.shift();
  }

  private closeAll(): void {
    for (const stream of [...this.open.keys()]) this.close(stream);
  }

  private close(stream: string): void {
    const open = this.open.get(stream);
    if (!open) return;
    this.open.delete(stream);
    for (const found of open.block.finish()) {
      this.failures.push({
        kind: 'runtime',
        flaky: false,
        error: found.error,
        source: { path: this.options.path, line: found.line },
        runtime: open.runtime,
      });
    }
  }
}

function decode(raw: Buffer): string {
  const bounded = raw.length > MAX_LINE_BYTES ? raw.subarray(0, MAX_LINE_BYTES) : raw;
  return unframeLine(bounded.toString('utf8'));
}

/** Scans a whole log held as text: for tests and for small inputs such as a step's output. */
export function scanLogText(
  text: string,
  detectors: readonly LogDetector[],
  options: ScanOptions,
): FailureDraft[] {
  const scanner = new LogScanner(detectors, options);
  scanner.write(Buffer.from(text, 'utf8'));
  return scanner.end();
}

/** Scans a log streamed as byte chunks (a file, stdin, a downloaded job log). */
export async function scanLogStream(
  chunks: AsyncIterable<Buffer | string>,
  detectors: readonly LogDetector[],
  options: ScanOptions,
): Promise<FailureDraft[]> {
  const scanner = new LogScanner(detectors, options);
  for await (const chunk of chunks) scanner.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return scanner.end();
}
