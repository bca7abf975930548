import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPACT_JSON } from '../../src/model.js';
import { batched, CompactJson, type JsonPiece, jsonPieces, reindent } from '../../src/render/json-stream.js';
import { pieceText } from '../helpers/json-pieces.js';

const text = (pieces: Iterable<JsonPiece>) => [...pieces].map(pieceText).join('');

describe('jsonPieces', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, at any split depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(5), (value, depth) => {
        expect(text(jsonPieces(value, depth))).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 2_000 },
    );
  });

  it('lays out compact JSON bytes as JSON.stringify(value, null, 2) does, without parsing it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, 4), (value, indent) => {
        const expected = JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(indent)}`);
        expect(reindent(Buffer.from(JSON.stringify(value)), indent).toString()).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
    const tricky = { 'a"{[,:': ['}]', '\\"', {}, [], { b: [{}] }], c: 'x\\', d: '\u2028', e: 'ü{,:}𝄞' };
    expect(reindent(Buffer.from(JSON.stringify(tricky)), 0).toString()).toBe(JSON.stringify(tricky, null, 2));
    // Longer than the reused scratch buffer it starts with.
    const long = { items: Array.from({ length: 3_000 }, (_, index) => ({ index, text: 'é'.repeat(20) })) };
    expect(reindent(Buffer.from(JSON.stringify(long)), 2).toString()).toBe(
      JSON.stringify(long, null, 2).replace(/\n/g, '\n  '),
    );
  });

  it('writes a value that carries its own JSON from that JSON', () => {
    const failure = { fingerprint: 'v1:abc', error: { message: 'boom', frames: [] } };
    const standIn = { [COMPACT_JSON]: () => Buffer.from(JSON.stringify(failure)) };
    const report = { failures: [failure, standIn] };
    expect(text(jsonPieces(report))).toBe(JSON.stringify({ failures: [failure, failure] }, null, 2));
  });

  it('leaves out undefined properties and writes undefined array items as null, as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, 1], c: { d: undefined } };
    expect(text(jsonPieces(value))).toBe(JSON.stringify(value, null, 2));
  });

  it('yields a big report in small pieces, batched into bounded writes', () => {
    const failures = Array.from({ length: 5_000 }, (_, index) => ({
      fingerprint: `v1:${index}`,
      error: { message: 'x'.repeat(100) },
    }));
    const pieces = [...jsonPieces({ schema: 's', failures })];
    expect(Math.max(...pieces.map((piece) => pieceText(piece).length))).toBeLessThan(300);
    const chunks = [...batched(pieces, 10_000)];
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(10_000);
    expect(chunks.length).toBeGreaterThan(50);
    expect(Buffer.concat(chunks).toString()).toBe(JSON.stringify({ schema: 's', failures }, null, 2));
  });

  it('batches multi-byte text and pieces bigger than a chunk whole', () => {
    const carried = new CompactJson(() => Buffer.from(JSON.stringify({ e: '€'.repeat(2) })), 0);
    const pieces = ['ü'.repeat(3), carried, 'x'.repeat(50), '𝄞'];
    const chunks = [...batched(pieces, 16)];
    // A chunk never ends inside a character: each decodes on its own.
    expect(chunks.map((chunk) => chunk.toString()).join('')).toBe(
      `${'ü'.repeat(3)}${JSON.stringify({ e: '€'.repeat(2) }, null, 2)}${'x'.repeat(50)}𝄞`,
    );
    expect(chunks.some((chunk) => chunk.length === 50)).toBe(true);
  });

  it('lays carried JSON out straight into the chunks, right each time though one buffer serves them all', () => {
    const values = Array.from({ length: 200 }, (_, index) => ({
      index,
      text: 'é'.repeat(index % 40),
      list: [index],
    }));
    const report = {
      failures: values.map((value) => ({ [COMPACT_JSON]: () => Buffer.from(JSON.stringify(value)) })),
    };
    const written = Buffer.concat([...batched(jsonPieces(report), 1_000)]).toString();
    expect(written).toBe(JSON.stringify({ failures: values }, null, 2));
  });
});
