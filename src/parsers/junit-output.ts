import type { CapturedOutput } from '../model.js';
import { BoundedText } from './bounded-text.js';
import { decodeText, type TextMarks } from './xml-cursor.js';

export { BoundedText, MAX_OUTPUT_BYTES } from './bounded-text.js';

// Reporters pad their output with blank lines and indentation (Vitest, Catch2); a stream
// that holds nothing else is left out.
function tidy(text: string): string {
  return text.replace(/^\s*\n/, '').trimEnd();
}

type Stream = 'stdout' | 'stderr';
/** Raw bytes held back per capture before they are decoded after all: bounds what waits. */
const MAX_PENDING_BYTES = 1 << 20;
const FIRST_ARENA_BYTES = 4096;
const EMPTY = Buffer.alloc(0);

/** A piece not yet decoded: a span of the arena with its marks, or text. */
type Piece =
  | { stream: Stream; start: number; end: number; marks: TextMarks }
  | { stream: Stream; text: string };

/**
 * A test's (or a suite's) <system-out> and <system-err>, each bounded. Raw bytes wait undecoded
 * until result() is asked for, which for a passing test's output never happens: in a big report
 * decoding the output of tests that passed costs more than all the rest of its text. They wait
 * in one buffer of the capture's own, which clear() keeps for the next test.
 */
export class OutputCapture {
  private streams = { stdout: new BoundedText(), stderr: new BoundedText() };
  private pending: Piece[] = [];
  private arena: Buffer = EMPTY;
  private used = 0;

  append(stream: Stream, text: string): void {
    if (this.pending.length > 0) this.pending.push({ stream, text });
    else this.streams[stream].append(text);
  }

  /** Text as the tokenizer's raw bytes (see XmlEvents.bytes): copied now, decoded when read. */
  appendBytes(stream: Stream, bytes: Buffer, start: number, end: number, marks: TextMarks): void {
    const length = end - start;
    if (this.used + length > MAX_PENDING_BYTES) {
      this.decodePending();
      if (length > MAX_PENDING_BYTES) {
        this.streams[stream].append(decodeText(bytes, start, end, marks));
        return;
      }
    }
    if (this.used + length > this.arena.length) this.grow(this.used + length);
    bytes.copy(this.arena, this.used, start, end);
    this.pending.push({ stream, start: this.used, end: this.used + length, marks });
    this.used += length;
  }

  /** Empty again, for another test, with the buffer it has. */
  clear(): void {
    if (this.pending.length > 0) this.pending = [];
    this.used = 0;
    if (!this.streams.stdout.empty || !this.streams.stderr.empty)
      this.streams = { stdout: new BoundedText(), stderr: new BoundedText() };
  }

  private grow(size: number): void {
    const grown = Buffer.allocUnsafe(Math.max(size, FIRST_ARENA_BYTES, this.arena.length * 2));
    this.arena.copy(grown, 0, 0, this.used);
    this.arena = grown;
  }

  private decodePending(): void {
    const pending = this.pending;
    this.pending = [];
    for (const piece of pending)
      this.streams[piece.stream].append(
        'text' in piece ? piece.text : decodeText(this.arena, piece.start, piece.end, piece.marks),
      );
    this.used = 0;
  }

  result(): CapturedOutput | undefined {
    this.decodePending();
    const output: CapturedOutput = {};
    for (const stream of ['stdout', 'stderr'] as const) {
      const buffer = this.streams[stream];
      if (buffer.empty) continue;
      const { text, cut } = buffer.value();
      const tidied = tidy(text);
      if (!tidied) continue;
      output[stream] = tidied;
      if (cut) output.truncated = true;
    }
    return output.stdout === undefined && output.stderr === undefined ? undefined : output;
  }
}
