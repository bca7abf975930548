import type { FailureDraft } from '../model.js';
import {
  BEFORE_LINES,
  type DetectorContext,
  type LogBlock,
  type LogDetector,
  type LogLine,
} from './detector.js';
import { isRunnerCommand, unframeLine } from './framing.js';

// Finds runtime errors in a log read as a stream of byte chunks. Decoding UTF-8 costs far
// more than matching, so each chunk is searched for every detector's triggers on bytes
// (Buffer#indexOf is native), and only lines with a hit, lines inside an open report, and
// the few lines above a hit are ever decoded.

/** A report longer than this is cut: enough for any real trace, bounded for a runaway one. */
export const MAX_BLOCK_LINES = 4_000;
/** A line longer than this is cut before decoding (minified bundles, base64 dumps). */
export const MAX_LINE_BYTES = 64 * 1024;

export interface ScanOptions extends DetectorContext {
  /** The log's name as the user sees it, for the failures' source. */
  path: string;
}

interface Trigger {
  bytes: Buffer;
  detector: LogDetector;
}

interface OpenBlock {
  block: LogBlock;
  runtime: string;
  lines: number;
}

export class LogScanner {
  readonly failures: FailureDraft[] = [];
  private readonly triggers: Trigger[];
  private carry: Buffer | undefined;
  private lineNumber = 0;
  private open: OpenBlock | undefined;
  // The raw bytes of the last lines that no block took, decoded only when a hit needs them.
  private before: { raw: Buffer; number: number }[] = [];

  constructor(
    private readonly detectors: readonly LogDetector[],
    private readonly options: ScanOptions,
  ) {
    this.triggers = detectors.flatMap((detector) =>
      detector.triggers.map((trigger) => ({ bytes: Buffer.from(trigger, 'latin1'), detector })),
    );
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
    this.close();
    return this.failures;
  }

  private scan(data: Buffer, limit: number): void {
    const hits = this.findHits(data, limit);
    let hitIndex = 0;
    let start = 0;
    while (start < limit) {
      const newline = data.indexOf(10, start);
      const stop = newline < 0 || newline >= limit ? limit : newline;
      this.lineNumber++;
      while (hitIndex < hits.length && (hits[hitIndex]?.at ?? limit) < start) hitIndex++;
      const hit = hitIndex < hits.length && (hits[hitIndex]?.at ?? limit) < stop;
      if (this.open || hit) {
        this.onLine(data.subarray(start, stop), hits, hitIndex, stop);
      } else {
        this.remember(data.subarray(start, stop));
      }
      start = stop + 1;
    }
  }

  private findHits(data: Buffer, limit: number): { at: number; detector: LogDetector }[] {
    const hits: { at: number; detector: LogDetector }[] = [];
    for (const trigger of this.triggers) {
      let at = data.indexOf(trigger.bytes, 0);
      while (at >= 0 && at < limit) {
        hits.push({ at, detector: trigger.detector });
        at = data.indexOf(trigger.bytes, at + trigger.bytes.length);
      }
    }
    return hits.sort((a, b) => a.at - b.at);
  }

  private onLine(
    raw: Buffer,
    hits: readonly { at: number; detector: LogDetector }[],
    from: number,
    stop: number,
  ): void {
    const line: LogLine = { text: decode(raw), number: this.lineNumber };
    if (this.open) {
      if (isRunnerCommand(line.text) && this.open.lines > 0) this.close();
      else if (this.open.lines >= MAX_BLOCK_LINES) this.close();
      else if (this.open.block.push(line) === 'more') {
        this.open.lines++;
        return;
      } else this.close();
    }
    const candidates = new Set<LogDetector>();
    for (let i = from; i < hits.length && (hits[i]?.at ?? stop) < stop; i++) {
      const detector = hits[i]?.detector;
      if (detector) candidates.add(detector);
    }
    if (candidates.size > 0) {
      const before = this.before.map((entry) => ({ text: decode(entry.raw), number: entry.number }));
      for (const detector of this.detectors) {
        if (!candidates.has(detector)) continue;
        const block = detector.start(line, before, this.options);
        if (block) {
          this.open = { block, runtime: detector.runtime, lines: 0 };
          this.before = [];
          return;
        }
      }
    }
    this.remember(raw);
  }

  private remember(raw: Buffer): void {
    this.before.push({ raw, number: this.lineNumber });
    if (this.before.length > BEFORE_LINES) this.before.shift();
  }

  private close(): void {
    const open = this.open;
    if (!open) return;
    this.open = undefined;
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
