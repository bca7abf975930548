import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batched, jsonPieces } from '../../src/render/json-stream.js';

describe('jsonPieces', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, at any split depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(5), (value, depth) => {
        expect([...jsonPieces(value, depth)].join('')).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 2_000 },
    );
  });

  it('leaves out undefined properties and writes undefined array items as null, as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, 1], c: { d: undefined } };
    expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value, null, 2));
  });

  it('yields a big report in small pieces, batched into bounded writes', () => {
    const failures = Array.from({ length: 5_000 }, (_, index) => ({
      fingerprint: `v1:${index}`,
      error: { message: 'x'.repeat(100) },
    }));
    const pieces = [...jsonPieces({ schema: 's', failures })];
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(300);
    const chunks = [...batched(pieces, 10_000)];
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(10_300);
    expect(chunks.join('')).toBe(JSON.stringify({ schema: 's', failures }, null, 2));
  });
});
