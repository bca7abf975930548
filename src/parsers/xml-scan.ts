import { scanExportsInJavaScript } from './xml-scan-js.js';
import { XML_SCAN_WASM } from './xml-scan-wasm.js';

// The tokenizer's two long walks, over character data and over attribute values, run in
// WebAssembly sixteen bytes at a time (wasm/xml-scan.ts): a JavaScript loop over a Uint8Array
// takes about 2 ns a byte here, and those walks are most of the bytes of a big report. Each
// tokenizer keeps its bytes in the memory of its own instance of the module.

/** Where the caller's bytes start in the module's memory: before them, textStop's results. */
const BYTES = 64;
// A SIMD load reads up to 15 bytes past the one it stops at.
const SLACK = 64;
const PAGE_BYTES = 65_536;

/** What the module exports (wasm/xml-scan.ts). */
export interface ScanExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  textStop(start: number, end: number): number;
  valueStop(start: number, quote: number): number;
}

/** The part of the WebAssembly API used here: @types/node leaves it to the DOM library. */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
}
// Undefined when Node runs with --jitless.
const { WebAssembly: wasm } = globalThis as unknown as { WebAssembly: WebAssemblyApi | undefined };

let compiled: object | undefined;

export class ByteScanner {
  private readonly exports: ScanExports;
  private results: Int32Array;

  /** `webAssembly` false: the same walks in JavaScript (see xml-scan-js.ts), as when Node has none. */
  constructor(webAssembly = wasm !== undefined) {
    if (webAssembly && wasm) {
      compiled ??= new wasm.Module(Buffer.from(XML_SCAN_WASM, 'base64'));
      this.exports = new wasm.Instance(compiled, {}).exports as ScanExports;
    } else this.exports = scanExportsInJavaScript(PAGE_BYTES);
    this.results = new Int32Array(this.exports.memory.buffer, 0, 2);
  }

  /**
   * A buffer of `size` bytes in the module's memory, where the walks read. It replaces the last
   * one, whose bytes it starts with: growing the memory moves nothing, but leaves the views of
   * the old memory empty.
   */
  buffer(size: number): Buffer {
    const memory = this.exports.memory;
    const missing = BYTES + size + SLACK - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / PAGE_BYTES));
    this.results = new Int32Array(memory.buffer, 0, 2);
    return Buffer.from(memory.buffer, BYTES, size);
  }

  /**
   * The first index at or after `start` and before `end` in the buffer that character data cannot
   * pass over: a byte below a space but a tab or a line feed, "<", "&" or "]"; `end` when there is
   * none. The line feeds before it are in `lines` and `lineStart` until the next call.
   */
  textStop(start: number, end: number): number {
    return this.exports.textStop(start + BYTES, end + BYTES) - BYTES;
  }

  /** The line feeds the last textStop passed over. */
  get lines(): number {
    return this.results[0] as number;
  }

  /** The index just past the last line feed the last textStop passed over (meaningless when `lines` is 0). */
  get lineStart(): number {
    return (this.results[1] as number) - BYTES;
  }

  /**
   * The first index at or after `start` that ends the plain run of an attribute value: `quote`,
   * "<", ">", "&" or a byte below a space. One of them must lie ahead in the buffer.
   */
  valueStop(start: number, quote: number): number {
    return this.exports.valueStop(start + BYTES, quote) - BYTES;
  }
}

// Scanners that no stream uses any more wait here for the next: a new one costs an instance of
// the module and its memory grown to the first buffer, 30 µs, which thousands of small reports in
// one run (a Surefire file per test class) add up.
const idle: ByteScanner[] = [];
const MAX_IDLE = 4;

/** A scanner for one stream of bytes, to give back with releaseScanner when the stream ends. */
export function takeScanner(): ByteScanner {
  return idle.pop() ?? new ByteScanner();
}

/** Keeps the scanner for the next stream: its last buffer must no longer be read. */
export function releaseScanner(scanner: ByteScanner): void {
  if (idle.length < MAX_IDLE && !idle.includes(scanner)) idle.push(scanner);
}
