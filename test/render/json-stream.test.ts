import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPACT_JSON } from '../../src/model.js';
import { batched, jsonPieces, reindent } from '../../src/render/json-stream.js';

describe('jsonPieces', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, at any split depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(5), (value, depth) => {
        expect([...jsonPieces(value, depth)].join('')).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 2_000 },
    );
  });

  it('lays out compact JSON as JSON.stringify(value, null, 2) does, without parsing it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('', '  ', '    '), (value, indent) => {
        const expected = JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
        expect(reindent(JSON.stringify(value), indent)).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
    const tricky = { 'a"{[,:': ['}]', '\\"', {}, [], { b: [{}] }], c: 'x\\', d: '\u2028' };
    expect(reindent(JSON.stringify(tricky), '')).toBe(JSON.stringify(tricky, null, 2));
  });

  it('writes a value that carries its own JSON from that JSON', () => {
    const failure = { fingerprint: 'v1:abc', error: { message: 'boom', frames: [] } };
    const standIn = { [COMPACT_JSON]: () => JSON.stringify(failure) };
    const report = { failures: [failure, standIn] };
    expect([...jsonPieces(report)].join('')).toBe(JSON.stringify({ failures: [failure, failure] }, null, 2));
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
