import type { ScanExports } from './xml-scan.js';

/**
 * What wasm/xml-scan.ts exports, in JavaScript a byte at a time, over an ArrayBuffer that grows as
 * its memory would: for a Node that runs without WebAssembly (`--jitless`), where XML is still read,
 * only slower.
 */
export function scanExportsInJavaScript(pageBytes: number): ScanExports {
  let memory = new ArrayBuffer(pageBytes);
  let bytes = new Uint8Array(memory);
  let results = new Int32Array(memory, 0, 2);
  return {
    memory: {
      get buffer() {
        return memory;
      },
      grow(pages: number): number {
        const before = memory.byteLength / pageBytes;
        const grown = new ArrayBuffer(memory.byteLength + pages * pageBytes);
        new Uint8Array(grown).set(bytes);
        memory = grown;
        bytes = new Uint8Array(grown);
        results = new Int32Array(grown, 0, 2);
        return before;
      },
    },
    textStop(start: number, end: number): number {
      let lines = 0;
      let lineStart = -1;
      let index = start;
      for (; index < end; index += 1) {
        const byte = bytes[index] as number;
        if (byte === 0x0a) {
          lines += 1;
          lineStart = index + 1;
        } else if (byte === 0x3c || byte === 0x26 || byte === 0x5d || (byte < 0x20 && byte !== 0x09)) break;
      }
      results[0] = lines;
      results[1] = lineStart;
      return index;
    },
    valueStop(start: number, quote: number): number {
      let index = start;
      for (; index < bytes.length; index += 1) {
        const byte = bytes[index] as number;
        if (byte === quote || byte === 0x3c || byte === 0x3e || byte === 0x26 || byte < 0x20) break;
      }
      return index;
    },
  };
}
