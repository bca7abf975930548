import { detach } from './xml-stream.js';

// What a failing test printed is kept for the issue and the payloads, not for a full log:
// 8 KiB (UTF-8 bytes) per stream, as its start and its end, is where the cause usually shows.
// Every report format bounds captured output this way (JUnit's system-out, JSON reporters' arrays).
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
