import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyMessageRule,
  applyMessageRules,
  fileKey,
  functionKey,
  MAX_MESSAGE_CHARS,
  MESSAGE_RULES,
  messageTemplate,
  relativeKey,
  testNameKey,
} from '../../src/fingerprint/normalize.js';

describe('messageTemplate', () => {
  it.each([
    ['connect ECONNREFUSED 127.0.0.1:5432', 'connect ECONNREFUSED <ip>'],
    [
      'listen EADDRINUSE: address already in use [::1]:8080',
      'listen EADDRINUSE: address already in use <ip>',
    ],
    ['Timeout of 5000ms exceeded', 'Timeout of <duration> exceeded'],
    ['took 1.5 s (limit 2s)', 'took <duration> (limit <duration>)'],
    ["ENOENT: open '/tmp/tmp-1234-AbCdEf/config.json'", "ENOENT: open '<path>'"],
    ['C:\\Users\\runneradmin\\AppData\\Local\\Temp\\x.txt missing', '<path> missing'],
    ['order 3f2a9c4e-1b2d-4c3e-9f8a-0123456789ab failed (pid 12345)', 'order <uuid> failed (pid <int>)'],
    ['segfault at 0x7ffe1234abcd', 'segfault at <hex>'],
    ['commit deadbeef1234 is missing', 'commit <hex> is missing'],
    ['at 2026-11-26T10:00:00.123Z and 12:34:56', 'at <date> and <time>'],
    ['Thu, 26 Nov 2026 10:00:00 GMT passed', '<date> passed'],
    ['mail bob@example.com via https://api.example.com/v1/x?id=3', 'mail <email> via <url>'],
    ['got 3.14 and -2.5', 'got <float> and <float>'],
    ['lookup failed for id=\'a1b2\' user="bob"', 'lookup failed for id=<str> user=<str>'],
    ['tempfile tmpab3x_9k2 vanished', 'tempfile <tmp> vanished'],
    ['\u001b[31mexpected\u001b[39m 1\r\n+ diff line', 'expected <int>'],
    [
      "Cannot read properties of undefined (reading 'amount')",
      "Cannot read properties of undefined (reading 'amount')",
    ],
  ])('%s', (input, expected) => {
    expect(messageTemplate(input)).toBe(expected);
  });

  it('keeps words that merely contain digits or slashes', () => {
    expect(messageTemplate('Base64 and/or utf8 // Object.is equality')).toBe(
      'Base64 and/or utf8 // Object.is equality',
    );
  });

  it('never throws, is idempotent and bounded, on any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (input) => {
        const once = messageTemplate(input);
        expect(messageTemplate(once)).toBe(once);
        expect(Array.from(once).length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
        expect(once).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('templates a quoted value that hides an earlier quote the same the second time', () => {
    const once = messageTemplate(`=' id="q" 'a.a@a.aa`);
    expect(once).toBe('=<str><email>');
    expect(messageTemplate(once)).toBe(once);
  });

  it('is idempotent on noisy, realistic messages', () => {
    const token = fc.oneof(
      fc.uuid(),
      fc.ipV4(),
      fc.emailAddress(),
      fc.webUrl(),
      fc.integer().map(String),
      fc.double({ noNaN: true }).map(String),
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      fc.constantFrom(
        '/tmp/x-1/a.json',
        'C:\\a\\b.txt',
        'tmp_abc123',
        '0xdeadBEEF',
        'id="q"',
        '12ms',
        'Error:',
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (parts) => {
        const once = messageTemplate(parts.join(' '));
        expect(messageTemplate(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the marks that let a message rule be skipped', () => {
  // Each rule may be skipped only when the text lacks what it cannot match without: skipping must
  // never change a template. The reference applies every rule, in the same order.
  const everyRule = (text: string) => MESSAGE_RULES.reduce(applyMessageRule, text).trim();

  it('never skip a rule that would have changed the text', () => {
    const piece = fc.oneof(
      fc.constantFrom('tmp', 'TEMP', 'Tmp_', 'temp-', 'mP', 'm', 'p', 'abc123', 'x'),
      fc.constantFrom('ms', 's', 'h', 'min', 'µs', 'ns', 'us', 'sec', 'seconds', 'minute'),
      fc.constantFrom(' ', '\u00a0', '\u2003', '\t', '.', '-', ':', ',', '=', '"', '/', '\\', '<', '>'),
      fc.stringMatching(/^[0-9]{1,12}$/),
      fc.stringMatching(/^[0-9a-fA-F]{1,12}$/),
      fc.stringMatching(/^[a-z0-9_]{1,8}$/),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(applyMessageRules(text)).toBe(everyRule(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('agree with every rule applied on the shapes the rules look for', () => {
    for (const text of [
      'took 12ms',
      'took 12 ms',
      'took 1.5h',
      'waited 3\u00a0s',
      'id 1234567',
      'id abcdef1',
      'id 12345678',
      'at /tmp_a1b2c3d4 and TEMPabcdef',
      'timeout 5 minutes',
    ])
      expect(applyMessageRules(text)).toBe(everyRule(text));
    expect(applyMessageRules('id 1234567 and abcdef1 at 12345678 in 12ms from tmp_abcdef')).toBe(
      'id <int> and <hex> at <hex> in <duration> from <tmp>',
    );
  });
});

describe('other normalizers', () => {
  it('file keys ignore folders, OS separators, case and extension', () => {
    expect(fileKey('/home/runner/work/shop/src/Cart.ts')).toBe('cart');
    expect(fileKey('D:\\a\\shop\\src\\cart.js')).toBe('cart');
    expect(fileKey('file:///tmp/x/src/cart.mjs?v=3')).toBe('cart');
  });

  it('function keys drop generated and anonymous parts', () => {
    expect(functionKey('async loadUser')).toBe('loadUser');
    expect(functionKey('Object.<anonymous>')).toBe('');
    expect(functionKey('com.acme.Foo$$Lambda$123/0x0000000800c0b000')).toBe('com.acme.Foo$$Lambda');
    expect(functionKey('main.handler.func3')).toBe('main.handler.func');
    expect(functionKey('shop::cart::total::h0123456789abcdef')).toBe('shop::cart::total');
  });

  it('test names keep the test and drop parameter ids and appended timings', () => {
    expect(testNameKey('test_upload[tmp-3f2a9c]')).toBe(testNameKey('test_upload[tmp-77b1e0]'));
    expect(testNameKey('renders (12 ms)')).toBe('renders');
    expect(testNameKey('adds 2 items')).toBe('adds <int> items');
  });

  it('relative keys strip unknown checkout roots', () => {
    expect(relativeKey('src/a.ts')).toBe('src/a.ts');
    expect(relativeKey('/home/runner/work/shop/shop/src/a.ts')).toBe('src/a.ts');
    expect(relativeKey('C:\\a\\shop\\tests\\a_test.py')).toBe('tests/a_test.py');
  });
});
