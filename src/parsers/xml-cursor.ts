import { ParseError } from '../errors.js';
import {
  CARRIAGE_RETURN,
  CONTROL,
  countChars,
  decodeReferences,
  GREATER_THAN,
  holdsControl,
  LINE_FEED,
  NEWLINE,
  TEXT_CLASS,
} from './xml-bytes.js';
import { releaseScanner, takeScanner } from './xml-scan.js';

const LINE_ENDS = /\r\n?/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: exactly the characters XML 1.0 forbids.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
const EMPTY = Buffer.alloc(0);
const INITIAL_CAPACITY = 1 << 21;

/**
 * Where the tokenizer stands in a stream of byte chunks: the bytes not yet consumed, the line
 * and column for errors, and the control characters repaired so far. Only what is consumed is
 * counted, so markup cut by a chunk end is simply read again once the next chunk is here.
 */
export class XmlCursor {
  /** Control characters replaced with U+FFFD, for the caller's note. */
  repaired = 0;
  protected bytes: Buffer = EMPTY;
  /** Where the bytes are walked sixteen at a time (see xml-scan.ts). */
  protected readonly scanner = takeScanner();
  /**
   * Where chunks are copied, in the scanner's memory, reused for the whole stream: a new buffer
   * per chunk churns native memory.
   */
  private work: Buffer = EMPTY;
  /**
   * `work` read four bytes at a time (see holdsControl): word n is bytes 4n to 4n + 3. The
   * scanner's buffers start on a word boundary.
   */
  protected words: Int32Array = new Int32Array(0);
  protected position = 0;
  /** The last ">" in the bytes, or -1: a tag that starts before it ends before the bytes do. */
  protected lastGreaterThan = -1;
  protected line = 1;
  protected lineStart = 0;
  /** Characters of the current line in earlier chunks, for columns. */
  protected columnBase = 0;
  protected readonly failAt = (message: string, at: number): never => this.fail(message, at);

  constructor(private readonly path: string) {}

  /**
   * Appends a chunk to what is left of the last one (at most a few bytes or one piece of
   * markup), copying it: the caller may fill the chunk's buffer again.
   */
  protected append(chunk: Uint8Array): void {
    this.columnBase += countChars(this.bytes, this.lineStart, this.position);
    const rest = this.bytes.length - this.position;
    const size = rest + chunk.byteLength;
    if (size > this.work.length) {
      const end = this.bytes.length;
      // In the same memory, where what is left of the last chunk still is.
      const grown = this.scanner.buffer(Math.max(size, INITIAL_CAPACITY, this.work.length * 2));
      if (rest > 0) grown.copyWithin(0, this.position, end);
      this.work = grown;
      this.words = new Int32Array(grown.buffer, grown.byteOffset, grown.length >> 2);
    } else if (rest > 0) this.work.copyWithin(0, this.position, this.bytes.length);
    this.work.set(chunk, rest);
    this.bytes = this.work.subarray(0, size);
    this.lastGreaterThan = this.bytes.lastIndexOf(GREATER_THAN);
    this.position = 0;
    this.lineStart = 0;
  }

  /** Ends the stream: its scanner goes to the next one, and nothing here may be read after this. */
  release(): void {
    this.bytes = EMPTY;
    this.work = EMPTY;
    this.words = new Int32Array(0);
    releaseScanner(this.scanner);
  }

  /** Throws a ParseError for the byte at `at`, at or after the position. */
  protected fail(message: string, at: number): never {
    let line = this.line;
    let lineStart = this.lineStart;
    let base = this.columnBase;
    for (let index = this.position; index < at; index += 1) {
      if (this.bytes[index] !== NEWLINE) continue;
      line += 1;
      lineStart = index + 1;
      base = 0;
    }
    throw new ParseError(this.path, message, line, base + countChars(this.bytes, lineStart, at) + 1);
  }

  /** Moves past bytes that hold no text: markup, skipped sections. */
  protected advance(to: number): void {
    let newline = this.bytes.indexOf(NEWLINE, this.position);
    while (newline !== -1 && newline < to) {
      this.line += 1;
      this.lineStart = newline + 1;
      this.columnBase = 0;
      newline = this.bytes.indexOf(NEWLINE, newline + 1);
    }
    this.position = to;
  }

  /** Counts lines and control characters in bytes that are passed over; marks what needs repair. */
  protected countText(start: number, end: number): TextMarks {
    const bytes = this.bytes;
    let marks = 0;
    let line = this.line;
    let lineStart = this.lineStart;
    const words = this.words;
    // Whole words before `end`; none when `words` is empty (an unaligned buffer).
    const wordsEnd = Math.min(end >> 2, words.length);
    for (let index = start; index < end; index += 1) {
      if ((index & 3) === 0) {
        while (index >> 2 < wordsEnd && !holdsControl(words[index >> 2] as number)) index += 4;
        if (index >= end) break;
      }
      const byte = bytes[index] as number;
      // Only bytes below a space count here.
      if (byte >= 0x20) continue;
      const kind = TEXT_CLASS[byte];
      if (kind === LINE_FEED) {
        line += 1;
        lineStart = index + 1;
      } else if (kind === CONTROL) {
        this.repaired += 1;
        marks = NEEDS_NORMALIZING;
      } else if (kind === CARRIAGE_RETURN) marks = NEEDS_NORMALIZING;
    }
    if (line !== this.line) {
      this.line = line;
      this.lineStart = lineStart;
      this.columnBase = 0;
    }
    return marks;
  }

  protected decode(start: number, end: number, marks: TextMarks): string {
    return decodeText(this.bytes, start, end, marks);
  }
}

/** What text bytes hold beyond plain characters, as bits: decoding does only what they need. */
export type TextMarks = number;
/** A CR or a control character: line ends to normalize and characters to repair. */
export const NEEDS_NORMALIZING = 1;
/** References, each checked to stand for an allowed character (see plainReferenceEnd). */
export const HOLDS_REFERENCES = 2;

/** Text as the document means it: one newline per line end, U+FFFD for control characters, references decoded. */
export function decodeText(bytes: Buffer, start: number, end: number, marks: TextMarks): string {
  let text = bytes.toString('utf8', start, end);
  // Before references: "&#13;" is a CR that stays one.
  if (marks & NEEDS_NORMALIZING) text = text.replace(LINE_ENDS, '\n').replace(CONTROLS, '\uFFFD');
  return marks & HOLDS_REFERENCES ? decodeReferences(text) : text;
}
