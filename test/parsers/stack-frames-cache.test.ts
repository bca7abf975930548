import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINE_PATTERNS, mayBeFrame, parseFrames } from '../../src/parsers/stack-frames.js';

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

describe('mayBeFrame, the cheap test before the line patterns', () => {
  // Lines in each engine's shape, with whitespace of every kind JavaScript's \s knows, words
  // that may be empty, and arbitrary text before or after.
  const space = fc
    .array(fc.constantFrom(' ', '\t', '\u00a0', '\ufeff', '\u2003', '\v'), { maxLength: 3 })
    .map((parts) => parts.join(''));
  const word = fc.constantFrom('', 'fn', 'Foo.bar', 'src/a.js', '/w/app.py', 'x:y', 'ü', '(', '"');
  const number = fc.constantFrom('', '1', '42');
  const shaped = fc
    .tuple(space, word, word, number, number, fc.constantFrom('', '> ', '>', 'async ', 'async\t'))
    .chain(([ws, a, b, n, m, before]) =>
      fc.constantFrom(
        `${ws}at ${a} (${b}:${n}:${m})`,
        `${ws}at ${b}:${n}:${m}`,
        `${ws}File "${b}", line ${n}, in ${a}`,
        `${ws}❯ ${a} ${b}:${n}:${m}`,
        `${b}.py:${n}: ${a}`,
        `${b}.py:${n}: in ${a}`,
        `${ws}at ${a}.${a}(${b}:${n})`,
        `${ws}${before}def ${a}(`,
      ),
    );
  const line = fc.oneof(
    shaped,
    fc.tuple(fc.string({ maxLength: 3 }), shaped, fc.string({ maxLength: 3 })).map((parts) => parts.join('')),
  );

  it('lets through every line some pattern matches', () => {
    let matched = 0;
    fc.assert(
      fc.property(line, (text) => {
        if (!LINE_PATTERNS.some((pattern) => pattern.test(text))) return;
        matched += 1;
        expect(mayBeFrame(text)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
    // The property is only worth something if many generated lines are frames.
    expect(matched).toBeGreaterThan(5_000);
  });

  it('turns away the lines that make up most of a stack', () => {
    for (const text of ['    result = db.process(payload)', 'E       assert 570 == 201', '', 'Caused by: x'])
      expect(mayBeFrame(text)).toBe(false);
    expect(mayBeFrame('    at add (/w1/src/cart.js:3:9)')).toBe(true);
  });
});
