import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileXmlScan } from '../../scripts/build-wasm.mjs';
import { ByteScanner, releaseScanner, takeScanner } from '../../src/parsers/xml-scan.js';
import { XML_SCAN_WASM } from '../../src/parsers/xml-scan-wasm.js';
import { streamXml } from '../../src/parsers/xml-stream.js';

// The WebAssembly walks must stop where a byte-at-a-time walk would, wherever the bytes lie
// against their sixteen-byte blocks.

const TEXT_STOPS = new Set([0x3c, 0x26, 0x5d]);
const isTextStop = (byte: number) => TEXT_STOPS.has(byte) || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a);
const isValueStop = (byte: number, quote: number) =>
  byte === quote || byte === 0x3c || byte === 0x3e || byte === 0x26 || byte < 0x20;

function textStopByBytes(bytes: Uint8Array, start: number, end: number) {
  let lines = 0;
  let lineStart = -1;
  let index = start;
  for (; index < end && !isTextStop(bytes[index] as number); index += 1)
    if (bytes[index] === 0x0a) {
      lines += 1;
      lineStart = index + 1;
    }
  return { index, lines, lineStart };
}

// Mostly letters, with every byte either walk treats apart, and some UTF-8.
const byte = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0x61, max: 0x7a }) },
  { weight: 4, arbitrary: fc.constantFrom(0x0a, 0x09, 0x20, 0x22, 0x27, 0x3c, 0x3e, 0x26, 0x5d, 0x0d) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 255 }) },
);
const bytes = fc.array(byte, { minLength: 0, maxLength: 200 }).map((list) => Uint8Array.from(list));

describe.each([
  ['in WebAssembly', true],
  ['in JavaScript, for a Node without WebAssembly', false],
])('ByteScanner %s', (_name, webAssembly) => {
  it('stops character data where a byte-at-a-time walk does, counting the line feeds before', () => {
    const scanner = new ByteScanner(webAssembly);
    fc.assert(
      fc.property(bytes, fc.nat(), fc.nat(), fc.nat({ max: 40 }), (text, from, to, offset) => {
        const buffer = scanner.buffer(offset + text.length);
        buffer.set(text, offset);
        const start = offset + (text.length === 0 ? 0 : from % (text.length + 1));
        const end = Math.max(start, offset + (text.length === 0 ? 0 : to % (text.length + 1)));
        const expected = textStopByBytes(buffer, start, end);
        const index = scanner.textStop(start, end);
        expect(index).toBe(expected.index);
        expect(scanner.lines).toBe(expected.lines);
        if (expected.lines > 0) expect(scanner.lineStart).toBe(expected.lineStart);
      }),
      { numRuns: 2000 },
    );
  });

  it('never reports a stop past the end it was given', () => {
    const scanner = new ByteScanner(webAssembly);
    const buffer = scanner.buffer(64);
    buffer.fill(0x61);
    buffer[40] = 0x3c;
    expect(scanner.textStop(0, 40)).toBe(40);
    expect(scanner.textStop(0, 33)).toBe(33);
    expect(scanner.textStop(0, 41)).toBe(40);
  });

  it('ends an attribute value where a byte-at-a-time walk does', () => {
    const scanner = new ByteScanner(webAssembly);
    fc.assert(
      fc.property(bytes, fc.constantFrom(0x22, 0x27), fc.nat({ max: 40 }), (value, quote, offset) => {
        // The tag's ">" lies ahead of every value the tokenizer walks.
        const buffer = scanner.buffer(offset + value.length + 1);
        buffer.set(value, offset);
        buffer[offset + value.length] = 0x3e;
        let expected = offset;
        while (!isValueStop(buffer[expected] as number, quote)) expected += 1;
        expect(scanner.valueStop(offset, quote)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('starts a grown buffer with the bytes of the last one', () => {
    const scanner = new ByteScanner(webAssembly);
    const small = scanner.buffer(100);
    small.write('<testcase name="kept"/>', 'latin1');
    const grown = scanner.buffer(8 << 20);
    expect(grown.toString('latin1', 0, 23)).toBe('<testcase name="kept"/>');
    expect(scanner.valueStop(16, 0x22)).toBe(20);
  });
});

describe('ByteScanner', () => {
  it('runs the module that wasm/xml-scan.ts compiles to', async () => {
    const wasm = await compileXmlScan();
    expect(XML_SCAN_WASM).toBe(wasm.toString('base64'));
  }, 60_000);

  it('gives a scanner to one stream at a time, and a released one to the next', () => {
    const first = takeScanner();
    const second = takeScanner();
    expect(second).not.toBe(first);
    releaseScanner(first);
    releaseScanner(first);
    expect(takeScanner()).toBe(first);
    expect(takeScanner()).not.toBe(first);
  });

  it('reads streams one after another on reused scanners, after one that failed', async () => {
    const names = async (xml: string) => {
      const seen: string[] = [];
      await streamXml(
        (async function* () {
          yield Buffer.from(xml);
        })(),
        'doc.xml',
        { open: (name) => seen.push(name), close() {}, text() {} },
      );
      return seen;
    };
    const long = 'x'.repeat(100_000);
    expect(await names(`<a><b c="${long}"/></a>`)).toEqual(['a', 'b']);
    await expect(names('<a><b c="1"></a>')).rejects.toThrow(/expected <\/b>/);
    expect(await names('<z><y v="2">text</y></z>')).toEqual(['z', 'y']);
  });
});
