// The report of a big run holds tens of thousands of failures; JSON.stringify of it all at once
// builds one string several times the size of the JSON. These pieces give byte-for-byte the
// same text as JSON.stringify(value, null, 2), one small string at a time.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function indented(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

/** Pieces of `JSON.stringify(value, null, 2)`, splitting objects and arrays down to `depth` levels. */
export function* jsonPieces(value: unknown, depth = 3, indent = ''): Generator<string> {
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
