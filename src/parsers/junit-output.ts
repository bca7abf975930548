import type { CapturedOutput } from '../model.js';
import { decodeText } from './xml-cursor.js';
import { detach } from './xml-stream.js';

// What a failing test printed is kept for the issue and the payloads, not for a full log:
// 8 KiB (UTF-8 bytes) per stream, as its start and its end, is where the cause usually shows.
export const MAX_OUTPUT_BYTES = 8192;
const HEAD_BYTES = 4096;
// The tail leaves room for the marker that says how much was cut.
const TAIL_BYTES = MAX_OUTPUT_BYTES - HEAD_BYTES - 64;

function utf8Head(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  let end = maxBytes;
  // Step back to the first byte of a character, so no character is cut in half.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  return bytes.subarray(0, end).toString('utf8');
}

function utf8Tail(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  let start = bytes.length - maxBytes;
  while (start < bytes.length && ((bytes[start] ?? 0) & 0xc0) === 0x80) start += 1;
  return bytes.subarray(start).toString('utf8');
}

/**
 * Text of unknown length, kept as its head and a rolling tail. It never holds more than
 * HEAD_BYTES + 2 * TAIL_BYTES characters, however long the text grows (a 50 MB system-out).
 */
export class BoundedText {
  private head = '';
  private tail = '';
  private bytes = 0;

  append(text: string): void {
    if (!text) return;
    this.bytes += Buffer.byteLength(text, 'utf8');
    let rest = text;
    // A character is at least one byte, so HEAD_BYTES characters always cover HEAD_BYTES bytes.
    if (this.head.length < HEAD_BYTES) {
      const room = HEAD_BYTES - this.head.length;
      this.head += rest.slice(0, room);
      rest = rest.slice(room);
      if (this.head.length >= HEAD_BYTES) this.head = detach(this.head);
    }
    if (!rest) return;
    this.tail += rest;
    // Trimming only once the tail is twice its size keeps appends amortized O(1).
    if (this.tail.length > 2 * TAIL_BYTES) this.tail = detach(this.tail.slice(-TAIL_BYTES));
  }

  /** Characters held now, whatever the length of the text: what the memory bound is about. */
  get retainedLength(): number {
    return this.head.length + this.tail.length;
  }

  get empty(): boolean {
    return this.bytes === 0;
  }

  /** The whole text if it fits, or its head and tail around a marker; `cut` says which. */
  value(): { text: string; cut: boolean } {
    if (this.bytes <= MAX_OUTPUT_BYTES) return { text: detach(this.head + this.tail), cut: false };
    const head = utf8Head(this.head, HEAD_BYTES);
    const tail = utf8Tail(this.head.length < HEAD_BYTES ? this.head + this.tail : this.tail, TAIL_BYTES);
    const kept = Buffer.byteLength(head, 'utf8') + Buffer.byteLength(tail, 'utf8');
    return { text: detach(`${head}\n… [${this.bytes - kept} bytes cut] …\n${tail}`), cut: true };
  }
}

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
