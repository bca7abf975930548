// AssemblyScript, compiled to WebAssembly by scripts/build-wasm.mjs into src/parsers/xml-scan-wasm.ts.
// Byte scans for the XML tokenizer (src/parsers/xml-scan.ts), sixteen bytes at a time: plain
// JavaScript walks a Uint8Array a byte at a time, about 2 ns a byte here, and these walks are most
// of a big report. The caller keeps its bytes in this module's memory from byte 64 on; the first
// bytes hold what does not fit a return value.

/** Line feeds passed over by the last textStop. */
const LINES: usize = 0;
/** The index just past the last of them, or -1 when there was none. */
const LINE_START: usize = 4;

function countLines(feeds: i32, at: i32, lines: i32, lineStart: i32): void {
  store<i32>(LINES, lines + popcnt(feeds));
  store<i32>(LINE_START, feeds === 0 ? lineStart : at + 32 - clz(feeds));
}

/**
 * The first byte at or after `start` and before `end` that character data cannot pass over: below
 * a space but a tab or a line feed, "<", "&" or "]"; `end` when there is none. The line feeds
 * before it are counted (see LINES).
 */
export function textStop(start: i32, end: i32): i32 {
  let index = start;
  let lines = 0;
  let lineStart = -1;
  const lessThan = i8x16.splat(0x3c);
  const ampersand = i8x16.splat(0x26);
  const bracket = i8x16.splat(0x5d);
  const space = i8x16.splat(0x20);
  const tab = i8x16.splat(0x09);
  const feed = i8x16.splat(0x0a);
  while (index + 16 <= end) {
    const bytes = v128.load(<usize>index);
    const feeds = i8x16.eq(bytes, feed);
    const below = v128.andnot(v128.andnot(i8x16.lt_u(bytes, space), i8x16.eq(bytes, tab)), feeds);
    const markup = v128.or(i8x16.eq(bytes, lessThan), i8x16.eq(bytes, ampersand));
    const stops = i8x16.bitmask(v128.or(v128.or(markup, i8x16.eq(bytes, bracket)), below));
    const feedBits = i8x16.bitmask(feeds);
    if (stops !== 0) {
      const at = ctz(stops);
      countLines(feedBits & ((1 << at) - 1), index, lines, lineStart);
      return index + at;
    }
    if (feedBits !== 0) {
      lines += popcnt(feedBits);
      lineStart = index + 32 - clz(feedBits);
    }
    index += 16;
  }
  for (; index < end; index++) {
    const byte = load<u8>(<usize>index);
    if (byte === 0x0a) {
      lines++;
      lineStart = index + 1;
    } else if (byte === 0x3c || byte === 0x26 || byte === 0x5d || (byte < 0x20 && byte !== 0x09)) break;
  }
  countLines(0, index, lines, lineStart);
  return index;
}

/**
 * The first byte at or after `start` that ends the plain run of an attribute value: `quote`, "<",
 * ">", "&" or a byte below a space. The caller knows that one lies ahead, and that memory goes on
 * for sixteen bytes past it.
 */
export function valueStop(start: i32, quote: i32): i32 {
  let index = start;
  const closing = i8x16.splat(<i8>quote);
  const lessThan = i8x16.splat(0x3c);
  const greaterThan = i8x16.splat(0x3e);
  const ampersand = i8x16.splat(0x26);
  const space = i8x16.splat(0x20);
  let stops = 0;
  for (; ; index += 16) {
    const bytes = v128.load(<usize>index);
    const markup = v128.or(i8x16.eq(bytes, lessThan), i8x16.eq(bytes, greaterThan));
    const ends = v128.or(i8x16.eq(bytes, closing), i8x16.eq(bytes, ampersand));
    stops = i8x16.bitmask(v128.or(v128.or(markup, ends), i8x16.lt_u(bytes, space)));
    if (stops !== 0) break;
  }
  return index + ctz(stops);
}
