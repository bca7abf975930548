import { describe, expect, it } from 'vitest';
import { parseFrames } from '../../src/parsers/stack-frames.js';

// Frame lines are read once and remembered; what is remembered must never leak from one
// workspace to another, nor change what a line reads as.

const NODE_STACK = [
  'TypeError: boom',
  '    at add (/w1/src/cart.js:3:9)',
  '    at Object.<anonymous> (/w1/node_modules/lib/index.js:10:2)',
].join('\n');

describe('parseFrames, remembering lines', () => {
  it('reads a line again for another workspace', () => {
    const first = parseFrames(NODE_STACK, '/w1');
    const second = parseFrames(NODE_STACK, '/elsewhere');
    expect(first.map((frame) => frame.file)).toEqual(['src/cart.js', 'node_modules/lib/index.js']);
    expect(second.map((frame) => frame.file)).toEqual(['/w1/src/cart.js', '/w1/node_modules/lib/index.js']);
    expect(parseFrames(NODE_STACK, '/w1')).toEqual(first);
  });

  it('names a pytest frame by the def above it each time, with its fields in the usual order', () => {
    const stack = [
      '    def test_total():',
      '>       assert total() == 3',
      'tests/test_cart.py:7: AssertionError',
    ];
    for (let round = 0; round < 2; round += 1) {
      const [frame] = parseFrames(stack.join('\n'), '/w');
      expect(Object.entries(frame ?? {})).toEqual([
        ['file', 'tests/test_cart.py'],
        ['line', 7],
        ['function', 'test_total'],
        ['inApp', true],
      ]);
    }
    expect(parseFrames(stack.slice(1).join('\n'), '/w')[0]).toEqual({
      file: 'tests/test_cart.py',
      line: 7,
      inApp: true,
    });
  });

  it('reads the same after more distinct lines than it remembers', () => {
    const before = parseFrames(NODE_STACK, '/w1');
    const many = Array.from({ length: 25_000 }, (_, index) => `    at f${index} (/w1/src/m${index}.js:1:1)`);
    const frames = parseFrames(many.join('\n'), '/w1');
    expect(frames).toHaveLength(25_000);
    expect(frames[24_999]).toEqual({
      file: 'src/m24999.js',
      line: 1,
      column: 1,
      function: 'f24999',
      inApp: true,
    });
    expect(parseFrames(NODE_STACK, '/w1')).toEqual(before);
  });

  it('gives a JVM frame its module and function as before', () => {
    const [frame] = parseFrames('\tat com.acme.cart.CartService.total(CartService.java:42)', '/w');
    expect(frame).toEqual({
      file: 'CartService.java',
      line: 42,
      function: 'com.acme.cart.CartService.total',
      module: 'com.acme.cart.CartService',
      inApp: true,
    });
  });
});
