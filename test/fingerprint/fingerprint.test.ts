import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/fingerprint/fingerprint.js';
import type { FailureDraft } from '../../src/model.js';

function draft(message: string, overrides: Partial<FailureDraft> = {}): FailureDraft {
  return {
    kind: 'test',
    flaky: false,
    test: { classname: 'cart', name: 'totals a cart', file: 'test/cart.test.mjs' },
    error: { type: 'TypeError', message, frames: [{ file: 'src/cart.mjs', line: 3, inApp: true }] },
    source: { path: 'a.xml', line: 10 },
    ...overrides,
  };
}

describe('placeholder fingerprint v0', () => {
  it('is versioned and stable for the same failure', () => {
    expect(fingerprint(draft('boom'))).toMatch(/^v0:[0-9a-f]{16}$/);
    expect(fingerprint(draft('boom'))).toBe(fingerprint(draft('boom')));
  });

  it('ignores ids, numbers, addresses, report location and line shifts', () => {
    const base = fingerprint(
      draft('order 1234 failed at 0x7ffe12 (id 3f2a9c4e-1b2d-4c3e-9f8a-0123456789ab)'),
    );
    const message = 'order 98 failed at 0xdeadbeef (id 00000000-1111-2222-3333-444444444444)';
    const other = draft(message, {
      source: { path: 'other.xml', line: 99 },
      error: { type: 'TypeError', message, frames: [{ file: 'src/cart.mjs', line: 40, inApp: true }] },
    });
    expect(fingerprint(other)).toBe(base);
  });

  it('separates another error type, another test, and another message', () => {
    const base = fingerprint(draft('boom'));
    expect(
      fingerprint({ ...draft('boom'), error: { type: 'RangeError', message: 'boom', frames: [] } }),
    ).not.toBe(base);
    expect(
      fingerprint(draft('boom', { test: { name: 'another test', file: 'test/cart.test.mjs' } })),
    ).not.toBe(base);
    expect(fingerprint(draft('bang'))).not.toBe(base);
  });
});
