import type { CapturedOutput } from '../model.js';
import { BoundedText } from './bounded-text.js';
import { decodeText } from './xml-cursor.js';

export { BoundedText, MAX_OUTPUT_BYTES } from './bounded-text.js';

// Reporters pad their output with blank lines and indentation (Vitest, Catch2); a stream
// that holds nothing else is left out.
function tidy(text: string): string {
  return text.replace(/^\s*\n/, '').trimEnd();
}

type Stream = 'stdout' | 'stderr';
/** Raw bytes held back per capture before they are decoded after all: bounds what waits. */
const MAX_PENDING_BYTES = 1 << 20;

/**
 * A test's (or a suite's) <system-out> and <system-err>, each bounded. Raw bytes wait undecoded
 * until result() is asked for, which for a passing test's output never happens: in a big report
 * decoding the output of tests that passed costs more than all the rest of its text.
 */
export class OutputCapture {
  private readonly streams = { stdout: new BoundedText(), stderr: new BoundedText() };
  /** Pieces not yet decoded, in order: a Buffer with its `dirty` flag, or text. */
  private pending: Array<{ stream: Stream; piece: Buffer | string; dirty: boolean }> = [];
  private pendingBytes = 0;

  append(stream: Stream, text: string): void {
    if (this.pending.length > 0) this.pending.push({ stream, piece: text, dirty: false });
    else this.streams[stream].append(text);
  }

  /** Text as the tokenizer's raw bytes (see XmlEvents.bytes): copied now, decoded when read. */
  appendBytes(stream: Stream, bytes: Buffer, start: number, end: number, dirty: boolean): void {
    if (this.pendingBytes > MAX_PENDING_BYTES) {
      this.streams[stream].append(decodeText(bytes, start, end, dirty));
      return;
    }
    const piece = Buffer.allocUnsafe(end - start);
    bytes.copy(piece, 0, start, end);
    this.pending.push({ stream, piece, dirty });
    this.pendingBytes += piece.length;
    if (this.pendingBytes > MAX_PENDING_BYTES) this.decodePending();
  }

  private decodePending(): void {
    const pending = this.pending;
    this.pending = [];
    for (const { stream, piece, dirty } of pending)
      this.streams[stream].append(
        typeof piece === 'string' ? piece : decodeText(piece, 0, piece.length, dirty),
      );
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
