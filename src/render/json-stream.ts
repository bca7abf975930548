// The report of a big run holds tens of thousands of failures; JSON.stringify of it all at once
// builds one string several times the size of the JSON. These pieces give byte-for-byte the
// same text as JSON.stringify(value, null, 2), one small string at a time.

import { COMPACT_JSON } from '../model.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function indented(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

function compactJsonOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const text = (value as { [COMPACT_JSON]?: unknown })[COMPACT_JSON];
  return typeof text === 'function' ? String(text()) : undefined;
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * JSON.stringify's compact text laid out as JSON.stringify(value, null, 2) would, each line after
 * the first prefixed with `indent`, without parsing it back into objects.
 */
export function reindent(compact: string, indent: string): string {
  const parts: string[] = [];
  let depth = indent;
  let start = 0;
  let inString = false;
  for (let index = 0; index < compact.length; index += 1) {
    const code = compact.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index += 1;
      else if (code === 0x22) inString = false;
      continue;
    }
    if (code === 0x22) inString = true;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      const next = compact.charCodeAt(index + 1);
      // {} and [] stay on one line.
      if (next === CLOSE_BRACE || next === CLOSE_BRACKET) index += 1;
      else {
        depth += '  ';
        parts.push(compact.slice(start, index + 1), '\n', depth);
        start = index + 1;
      }
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth = depth.slice(2);
      parts.push(compact.slice(start, index), '\n', depth);
      start = index;
    } else if (code === 0x2c) {
      parts.push(compact.slice(start, index + 1), '\n', depth);
      start = index + 1;
    } else if (code === 0x3a) {
      parts.push(compact.slice(start, index + 1), ' ');
      start = index + 1;
    }
  }
  parts.push(compact.slice(start));
  return parts.join('');
}

/** Pieces of `JSON.stringify(value, null, 2)`, splitting objects and arrays down to `depth` levels. */
export function* jsonPieces(value: unknown, depth = 3, indent = ''): Generator<string> {
  const compact = compactJsonOf(value);
  if (compact !== undefined) return void (yield reindent(compact, indent));
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

/** Joins pieces into chunks of about `size` characters, for fewer, larger writes. */
export function* batched(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}
