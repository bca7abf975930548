import { describe, expect, it } from 'vitest';
import {
  fingerprint,
  groupingOf,
  previousFingerprints,
  withFingerprint,
} from '../../src/fingerprint/fingerprint.js';
import { fingerprintV0 } from '../../src/fingerprint/legacy.js';
import { parseFingerprintRules } from '../../src/fingerprint/rules.js';
import type { FailureDraft, Frame } from '../../src/model.js';

const appFrames: Frame[] = [
  { file: 'src/cart.ts', line: 12, column: 5, function: 'lineTotal', inApp: true },
  { file: 'src/cart.ts', line: 30, function: 'cartTotal', inApp: true },
  { file: 'test/cart.test.ts', line: 8, function: 'Object.<anonymous>', inApp: true },
  { file: 'node_modules/vitest/dist/runner.js', line: 900, function: 'runTest', inApp: false },
];

function draft(
  overrides: Partial<FailureDraft> = {},
  error: Partial<FailureDraft['error']> = {},
): FailureDraft {
  return {
    kind: 'test',
    flaky: false,
    test: { classname: 'cart', name: 'totals a cart', file: 'test/cart.test.ts' },
    error: {
      type: 'TypeError',
      message: "Cannot read properties of undefined (reading 'amount')",
      frames: appFrames,
      ...error,
    },
    source: { path: 'junit.xml', line: 10 },
    ...overrides,
  };
}

const moved = (frames: Frame[], root: string, shift: number, sep = '/') =>
  frames.map((frame) => ({
    ...frame,
    ...(frame.file ? { file: `${root}${frame.file}`.replace(/\//g, sep) } : {}),
    ...(frame.line ? { line: frame.line + shift } : {}),
  }));

describe('fingerprint v1: stable under noise', () => {
  const base = fingerprint(draft());

  it('is versioned', () => {
    expect(base).toMatch(/^v1:[0-9a-f]{16}$/);
  });

  it.each([
    ['another checkout root', draft({}, { frames: moved(appFrames, '/home/runner/work/shop/shop/', 0) })],
    [
      'Windows paths with a drive letter',
      draft({}, { frames: moved(appFrames, 'D:\\a\\shop\\shop\\', 0, '\\') }),
    ],
    ['lines inserted above', draft({}, { frames: moved(appFrames, '', 17) })],
    ['another report and position', draft({ source: { path: 'other/junit.xml', line: 999 } })],
    [
      'another test that hits the same bug',
      draft({ test: { name: 'checks out', file: 'test/checkout.test.ts' } }),
    ],
    [
      'ANSI colour and CRLF in the message',
      draft({}, { message: "\u001b[31mCannot read properties of undefined (reading 'amount')\u001b[0m\r\n" }),
    ],
    [
      'another dependency version',
      draft(
        {},
        {
          frames: [
            ...appFrames.slice(0, 3),
            {
              file: 'node_modules/.pnpm/vitest@4.2.0_abc/node_modules/vitest/dist/runner.js',
              line: 5,
              function: 'runTest',
              inApp: false,
            },
          ],
        },
      ),
    ],
  ])('%s', (_, variant) => {
    expect(fingerprint(variant)).toBe(base);
  });

  it('assertion failures keep their key across noisy values', () => {
    const assertion = (message: string) =>
      draft(
        {},
        {
          type: 'AssertionError',
          message,
          frames: [{ file: 'test/cart.test.ts', line: 9, function: 'x', inApp: true }],
        },
      );
    expect(fingerprint(assertion('expected 412 to be 50'))).toBe(
      fingerprint(assertion('expected 77 to be 50')),
    );
  });

  it('runtime errors keep their key when only dependency frames differ in version', () => {
    const runtime = (version: string): FailureDraft => ({
      kind: 'runtime',
      flaky: false,
      error: {
        type: 'ConnectionError',
        message: 'connect ECONNREFUSED 10.0.0.5:6379',
        frames: [
          {
            file: `/usr/lib/python3/site-packages/redis-${version}/connection.py`,
            function: 'connect',
            line: 3,
            inApp: false,
          },
        ],
      },
      source: { path: 'ci.log', line: 4 },
    });
    expect(fingerprint(runtime('5.0.1'))).toBe(fingerprint(runtime('5.2.0')));
  });
});

describe('fingerprint v1: separating', () => {
  const base = fingerprint(draft());

  it.each([
    ['another error type', draft({}, { type: 'RangeError' })],
    [
      'another failing app function',
      draft({}, { frames: [{ ...appFrames[0], function: 'taxFor' } as Frame, ...appFrames.slice(1)] }),
    ],
    [
      'another file',
      draft({}, { frames: [{ ...appFrames[0], file: 'src/tax.ts' } as Frame, ...appFrames.slice(1)] }),
    ],
  ])('%s', (_, variant) => {
    expect(fingerprint(variant)).not.toBe(base);
  });

  it('the same test failing for a different reason in the test itself', () => {
    const inTest = (message: string) =>
      draft(
        {},
        {
          type: 'AssertionError',
          message,
          frames: [{ file: 'test/cart.test.ts', line: 9, function: 'x', inApp: true }],
        },
      );
    expect(fingerprint(inTest('expected 3 items'))).not.toBe(fingerprint(inTest('expected a discount')));
  });

  it('generic types (Error) are told apart by their message', () => {
    expect(fingerprint(draft({}, { type: 'Error', message: 'not found' }))).not.toBe(
      fingerprint(draft({}, { type: 'Error', message: 'timed out' })),
    );
  });
});

describe('grouping options', () => {
  it('group-by test keys a test alone, whatever the error', () => {
    const options = { groupBy: 'test' as const, rules: [] };
    expect(fingerprint(draft({}, { type: 'RangeError' }), options)).toBe(fingerprint(draft(), options));
    expect(fingerprint(draft({ test: { name: 'other' } }), options)).not.toBe(fingerprint(draft(), options));
  });

  it('a rule can set the fingerprint outright', () => {
    const rules = parseFingerprintRules(
      [{ match: { message: '/ECONNREFUSED|ETIMEDOUT/' }, fingerprint: ['network'] }],
      'fingerprints',
    );
    const a = draft({}, { type: 'Error', message: 'connect ECONNREFUSED 1.2.3.4:5' });
    const b = draft({ test: { name: 'other' } }, { type: 'FetchError', message: 'ETIMEDOUT', frames: [] });
    expect(fingerprint(a, { groupBy: 'error', rules })).toBe(fingerprint(b, { groupBy: 'error', rules }));
    expect(groupingOf(a, { groupBy: 'error', rules })).toMatchObject({
      basis: 'rule',
      rule: 0,
      components: { custom: ['network'] },
    });
  });

  it('a rule can extend the default with {{ default }}, and the first match wins', () => {
    const rules = parseFingerprintRules(
      [
        { match: { type: 'TypeError', path: 'src/**' }, fingerprint: ['{{ default }}', 'checkout-team'] },
        { match: { type: 'TypeError' }, fingerprint: ['never-used'] },
      ],
      'fingerprints',
    );
    const grouping = groupingOf(draft(), { groupBy: 'error', rules });
    expect(grouping.components.custom).toEqual([
      'type=TypeError',
      'frames=cart:lineTotal / cart:cartTotal',
      'checkout-team',
    ]);
    expect(fingerprint(draft(), { groupBy: 'error', rules })).not.toBe(fingerprint(draft()));
  });

  it('bad rules are refused with the field that is wrong', () => {
    expect(() => parseFingerprintRules([{ match: {}, fingerprint: ['x'] }], 'fingerprints')).toThrow(
      /fingerprints\[0\]\.match: needs/,
    );
    expect(() => parseFingerprintRules([{ match: { type: '/(/' }, fingerprint: ['x'] }], 'fp')).toThrow(
      /fp\[0\]\.match\.type: is not a valid regular expression/,
    );
    expect(() => parseFingerprintRules([{ match: { colour: 'red' }, fingerprint: ['x'] }], 'fp')).toThrow(
      /unknown matcher/,
    );
    expect(() => parseFingerprintRules([{ match: { type: 'X' }, fingerprint: [] }], 'fp')).toThrow(
      /fp\[0\]\.fingerprint/,
    );
  });
});

describe('versions', () => {
  it('every failure carries the fingerprints older algorithms gave it', () => {
    const previous = previousFingerprints(withFingerprint(draft()));
    expect(previous).toEqual([fingerprintV0(draft())]);
    expect(previous[0]).toMatch(/^v0:[0-9a-f]{16}$/);
  });
});
