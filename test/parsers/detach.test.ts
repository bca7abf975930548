import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { detach } from '../../src/parsers/xml-stream.js';

// detach() must give a string that does not keep the string it was sliced from alive: parsers
// keep a few hundred bytes of each failure out of megabyte chunks.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterKeeping(keep: (big: string) => string): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  for (let index = 0; index < 40; index += 1) {
    // 4 MiB each, different each time so that V8 cannot share them.
    const big = `${index}`.padEnd(4 << 20, 'x');
    kept.push(keep(big.slice(1000, 1200)));
  }
  gc();
  const grown = process.memoryUsage().heapUsed - before;
  expect(kept.join('').length).toBe(40 * 200);
  return grown;
}

describe('detach', () => {
  it('keeps the text, in one and two byte strings', () => {
    for (const text of ['', 'a', 'plain ascii text of some length', 'ünïcödé ✓ 𝄞 text', 'x'.repeat(5000)])
      expect(detach(text)).toBe(text);
  });

  it('does not pin the string it was sliced from, as a plain slice does', () => {
    const sliced = heapAfterKeeping((slice) => slice);
    const detached = heapAfterKeeping(detach);
    // 40 pinned parents are 160 MiB; 40 detached copies are a few KiB.
    expect(sliced).toBeGreaterThan(100 << 20);
    expect(detached).toBeLessThan(8 << 20);
  });
});
