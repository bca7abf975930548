// The report of a big run holds tens of thousands of failures; JSON.stringify of it all at once
// builds one string several times the size of the JSON. These pieces give byte-for-byte the
// same text as JSON.stringify(value, null, 2): small strings, and the JSON that values carry
// (COMPACT_JSON), laid out as bytes where it is written.

import { COMPACT_JSON } from '../model.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function indented(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

function compactJsonOf(value: unknown): (() => Uint8Array) | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const bytes = (value as { [COMPACT_JSON]?: () => Uint8Array })[COMPACT_JSON];
  return typeof bytes === 'function' ? bytes : undefined;
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const NEWLINE = 0x0a;
const SPACE = 0x20;

// Reused for every value laid out: what is laid out is copied from it before the next one.
let scratch = Buffer.allocUnsafe(1 << 16);

function room(used: number, more: number): void {
  if (used + more <= scratch.length) return;
  const grown = Buffer.allocUnsafe(Math.max(scratch.length * 2, used + more));
  scratch.copy(grown, 0, 0, used);
  scratch = grown;
}

/**
 * JSON a value carried (COMPACT_JSON), to be laid out at this indent where it is written. It is
 * read only then, and copied at once: a spilled failure's bytes sit in a buffer its next read reuses.
 */
export class CompactJson {
  constructor(
    readonly read: () => Uint8Array,
    readonly indent: number,
  ) {}
}

export type JsonPiece = string | CompactJson;

/**
 * JSON.stringify's compact UTF-8 laid out as JSON.stringify(value, null, 2) would, each line
 * after the first indented by `indent` more spaces, without parsing it or making a string of it.
 * Bytes of multi-byte characters never equal the ASCII ones looked for, so they pass as they are.
 */
export function reindent(compact: Uint8Array, indent: number): Buffer {
  return Buffer.from(layOut(compact, indent));
}

/** reindent() into the reused scratch buffer: the result is a view of it, valid until the next call. */
function layOut(compact: Uint8Array, indent: number): Buffer {
  let used = 0;
  let depth = indent;
  let start = 0;
  let inString = false;
  const copy = (end: number) => {
    room(used, end - start);
    scratch.set(compact.subarray(start, end), used);
    used += end - start;
  };
  const newline = () => {
    room(used, 1 + depth);
    scratch[used] = NEWLINE;
    scratch.fill(SPACE, used + 1, used + 1 + depth);
    used += 1 + depth;
  };
  for (let index = 0; index < compact.length; index += 1) {
    const code = compact[index];
    if (inString) {
      if (code === BACKSLASH) index += 1;
      else if (code === QUOTE) inString = false;
      continue;
    }
    if (code === QUOTE) inString = true;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      const next = compact[index + 1];
      // {} and [] stay on one line.
      if (next === CLOSE_BRACE || next === CLOSE_BRACKET) index += 1;
      else {
        copy(index + 1);
        depth += 2;
        newline();
        start = index + 1;
      }
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      copy(index);
      depth -= 2;
      newline();
      start = index;
    } else if (code === COMMA) {
      copy(index + 1);
      newline();
      start = index + 1;
    } else if (code === COLON) {
      copy(index + 1);
      room(used, 1);
      scratch[used] = SPACE;
      used += 1;
      start = index + 1;
    }
  }
  copy(compact.length);
  return scratch.subarray(0, used);
}

/**
 * Pieces of `JSON.stringify(value, null, 2)`, splitting objects and arrays down to `depth` levels;
 * a value with its own JSON (COMPACT_JSON) comes as that JSON, laid out by whoever writes it.
 */
export function* jsonPieces(value: unknown, depth = 3, indent = ''): Generator<JsonPiece> {
  const read = compactJsonOf(value);
  if (read !== undefined) return void (yield new CompactJson(read, indent.length));
  const inner = `${indent}  `;
  if (depth > 0 && Array.isArray(value) && value.length > 0) {
    yield '[\n';
    for (const [index, item] of value.entries()) {
      yield inner;
      yield* jsonPieces(item === undefined ? null : item, depth - 1, inner);
      yield index < value.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  if (depth > 0 && isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return void (yield '{}');
    yield '{\n';
    for (const [index, [key, item]] of entries.entries()) {
      yield `${inner}${JSON.stringify(key)}: `;
      yield* jsonPieces(item, depth - 1, inner);
      yield index < entries.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}}`;
    return;
  }
  yield indented(value, indent);
}

/**
 * Joins pieces into UTF-8 chunks of about `size` bytes, for fewer, larger writes. Strings are
 * encoded and carried JSON laid out straight into the chunk: laying out 100,000 failures makes
 * no string, nor any buffer, of its own per failure.
 */
export function* batched(pieces: Iterable<JsonPiece>, size = 1 << 16): Generator<Buffer> {
  let chunk = Buffer.allocUnsafe(size);
  let used = 0;
  for (const piece of pieces) {
    const bytes = typeof piece === 'string' ? undefined : layOut(piece.read(), piece.indent);
    const length = bytes ? bytes.length : Buffer.byteLength(piece as string);
    if (used > 0 && used + length > size) {
      yield chunk.subarray(0, used);
      // The consumer may still hold the last chunk (a pending write): the next is new.
      chunk = Buffer.allocUnsafe(size);
      used = 0;
    }
    if (length > size) {
      yield Buffer.from(bytes ?? (piece as string));
      continue;
    }
    if (bytes) chunk.set(bytes, used);
    else chunk.write(piece as string, used);
    used += length;
  }
  if (used > 0) yield chunk.subarray(0, used);
}
