import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../../src/sources/files.js';

// readBytes reads every chunk into one reused buffer: a chunk must stay whole until the next is
// asked for, however long the caller takes with it (see ReportChunks).

function fileOf(size: number): { path: string; bytes: Buffer } {
  const folder = mkdtempSync(join(tmpdir(), 'faultline-read-bytes-'));
  const path = join(folder, 'report.xml');
  const bytes = randomBytes(size);
  writeFileSync(path, bytes);
  return { path, bytes };
}

describe('readBytes', () => {
  it('gives the whole file in order, each chunk unchanged until the next is asked for', async () => {
    const { path, bytes } = fileOf(5 * 1024 * 1024 + 12_345);
    const copies: Buffer[] = [];
    for await (const chunk of readBytes(path)) {
      const copy = Buffer.from(chunk);
      // A slow caller must still see the chunk it was given.
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(chunk.equals(copy)).toBe(true);
      copies.push(copy);
    }
    expect(copies.length).toBe(6);
    expect(Buffer.concat(copies).equals(bytes)).toBe(true);
  });

  it('gives nothing for an empty file', async () => {
    const { path } = fileOf(0);
    const chunks: Buffer[] = [];
    for await (const chunk of readBytes(path)) chunks.push(chunk);
    expect(chunks).toEqual([]);
  });

  it('closes the file when the caller stops early', async () => {
    const { path, bytes } = fileOf(3 * 1024 * 1024);
    for await (const chunk of readBytes(path)) {
      expect(chunk.equals(bytes.subarray(0, chunk.length))).toBe(true);
      break;
    }
    // The file was closed: reading it again from the start works.
    let total = 0;
    for await (const chunk of readBytes(path)) total += chunk.length;
    expect(total).toBe(bytes.length);
  });
});
