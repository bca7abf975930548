import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/errors.js';
import { positionAt } from '../../src/parsers/json-document-position.js';
import { playwrightJsonParser } from '../../src/parsers/playwright-json.js';
import { detectParser } from '../../src/parsers/registry.js';
import { readChunks } from '../../src/sources/files.js';

const fixtures = new URL('../fixtures/playwright/', import.meta.url);
// Where generate.sh ran Playwright: the workspace of the run that wrote the reports.
const workspace = '/tmp/faultline-fixtures/playwright/project';
const number = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
const fixture = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');
const parseFixture = (name: string) =>
  playwrightJsonParser.parse(readChunks(new URL(name, fixtures).pathname), { path: name, workspace });
const parseText = (text: string) =>
  playwrightJsonParser.parse(Readable.from([text]), { path: 'report.json', workspace: '/w' });
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );

describe('Playwright JSON', () => {
  it('counts what Playwright printed: a retried test once, flaky as passed, an error outside tests as failed', async () => {
    const totals = fixture('report.summary.txt');
    const stats = JSON.parse(fixture('report.json')).stats;
    const { summary } = await parseFixture('report.json');
    const printed = {
      failed: number(totals, /^(\d+) failed/m),
      flaky: number(totals, /^(\d+) flaky/m),
      skipped: number(totals, /^(\d+) skipped/m),
      passed: number(totals, /^(\d+) passed/m),
      errors: number(totals, /^(\d+) errors? (?:was|were) not a part of any test/m),
    };
    expect(printed.errors).toBe(1);
    expect(summary).toEqual({
      tests: printed.failed + printed.flaky + printed.skipped + printed.passed + printed.errors,
      passed: printed.passed + printed.flaky,
      failed: printed.failed + printed.errors,
      skipped: printed.skipped,
      flaky: printed.flaky,
      durationMs: Math.round(stats.duration),
    });
  });

  it('reads each failure with its describe path, file, line, type and message, per project', async () => {
    const { failures } = await parseFixture('report.json');
    expect(
      failures.map((failure) => [
        failure.flaky,
        failure.test?.suite,
        failure.test?.name,
        failure.test?.file,
        failure.test?.line,
        failure.error.type,
        failure.error.message,
      ]),
    ).toEqual([
      [
        true,
        'cart',
        'reserves stock, which times out once',
        'tests/cart.spec.mjs',
        21,
        'Error',
        'stock service timed out after 5000 ms',
      ],
      // test.fail() that passed: Playwright fails it, with no error of its own.
      [
        false,
        'cart',
        'formats prices (marked failing, but passes)',
        'tests/cart.spec.mjs',
        37,
        undefined,
        'expected to fail (test.fail()), but passed',
      ],
      // The same test in the "unit" and "api" projects: two failures, one per project.
      ...[1, 2].map(() => [
        false,
        'cart › totals',
        'applies the gift discount @api',
        'tests/cart.spec.mjs',
        10,
        'Error',
        'expect(received).toBe(expected) // Object.is equality',
      ]),
      [
        false,
        'cart › totals',
        'totals a cart with a gift line',
        'tests/cart.spec.mjs',
        16,
        'TypeError',
        "Cannot read properties of undefined (reading 'amount')",
      ],
      [
        false,
        undefined,
        '(error outside of tests)',
        'global-teardown.mjs',
        undefined,
        'Error',
        'could not stop the stock service: port 7000 still in use',
      ],
    ]);
    for (const failure of failures)
      expect(failure).toMatchObject({ kind: 'test', source: { path: 'report.json' } });
  });

  it('keeps frames, the reported attempt’s time and output, and leaves attachments out', async () => {
    const { failures } = await parseFixture('report.json');
    const [flaky, , discount, , typeError, teardown] = failures;
    expect(typeError?.error.frames.slice(0, 2)).toEqual([
      { file: 'src/cart.mjs', line: 3, column: 21, function: 'lineTotal', inApp: true },
      { file: 'src/cart.mjs', line: 7, column: 44, function: 'reduce', inApp: true },
    ]);
    expect(teardown?.error.frames[0]).toMatchObject({
      file: 'global-teardown.mjs',
      line: 4,
      function: 'globalTeardown',
    });
    // ANSI colours in Playwright's expect messages are gone.
    expect(discount?.error.stack).toMatch(
      /^Error: expect\(received\)\.toBe\(expected\) \/\/ Object\.is equality\n\nExpected: 9\nReceived: 10\n/,
    );
    expect(discount?.output).toEqual({ stdout: 'cart has 2 lines\n', stderr: 'discount table not loaded\n' });
    // Failed tests are reported with their last attempt; the flaky one with its failed first.
    const report = JSON.parse(fixture('report.json'));
    const cart = report.suites[0].suites[0];
    const reserve = cart.specs.find((spec: { title: string }) => spec.title.startsWith('reserves stock,'))
      .tests[0];
    expect(flaky?.durationMs).toBe(reserve.results[0].duration);
    const gift = cart.suites[0].specs.find((spec: { title: string }) =>
      spec.title.startsWith('totals a cart'),
    );
    expect(typeError?.durationMs).toBe(gift.tests[0].results.at(-1).duration);
    expect(flaky?.output).toBeUndefined();
    expect(JSON.stringify(failures)).not.toContain('POST /reserve 504');
  });

  it('reads a file that fails to import, which stops the run, as one failure', async () => {
    const printed = fixture('load-error.summary.txt').trim().split('\n');
    const { summary, failures } = await parseFixture('load-error.json');
    expect(summary).toMatchObject({ tests: printed.length, failed: printed.length, passed: 0, skipped: 0 });
    expect(failures).toEqual([
      expect.objectContaining({
        test: { name: '(error outside of tests)' },
        error: expect.objectContaining({
          type: 'Error',
          message: `${printed[0]?.replace(/^Error: /, '')}`,
        }),
      }),
    ]);
  });

  it('reads errors with only a location, thrown values, base64 output, and unknown statuses', async () => {
    const test = (status: string, results: unknown[]) => ({
      projectName: 'p',
      expectedStatus: 'passed',
      status,
      results,
    });
    const report = {
      config: { rootDir: '/w/e2e', configFile: '/w/playwright.config.ts' },
      suites: [
        {
          title: 'a.spec.ts',
          file: 'a.spec.ts',
          specs: [
            {
              title: 'times out',
              file: 'a.spec.ts',
              line: 3,
              tests: [
                test('unexpected', [
                  {
                    status: 'timedOut',
                    duration: 30_000,
                    error: {
                      message: 'Test timeout of 30000ms exceeded.',
                      location: { file: '/w/e2e/a.spec.ts', line: 4, column: 9 },
                    },
                    stdout: [{ buffer: Buffer.from('binary-safe\n').toString('base64') }],
                  },
                ]),
              ],
            },
            {
              title: 'throws a string',
              file: 'a.spec.ts',
              line: 8,
              tests: [test('unexpected', [{ status: 'failed', errors: [{ value: 'boom' }] }])],
            },
            { title: 'was interrupted', file: 'a.spec.ts', line: 12, tests: [test('interrupted', [])] },
          ],
        },
      ],
      errors: [],
    };
    const { summary, failures } = await parseText(JSON.stringify(report));
    expect(summary).toEqual({ tests: 3, passed: 0, failed: 3, skipped: 0, flaky: 0, durationMs: 30_000 });
    expect(failures[0]).toMatchObject({
      test: { name: 'times out', file: 'e2e/a.spec.ts', line: 3 },
      error: {
        message: 'Test timeout of 30000ms exceeded.',
        frames: [{ file: 'e2e/a.spec.ts', line: 4, column: 9, inApp: true }],
      },
      durationMs: 30_000,
      output: { stdout: 'binary-safe\n' },
    });
    expect(failures[1]?.error.message).toBe('boom');
    expect(failures[2]?.error).toEqual({ message: 'the test ended "no result" with no error', frames: [] });
  });

  it('names the line and column where a truncated report ends, and refuses other JSON', async () => {
    const text = fixture('report.json');
    const cut = text.slice(0, text.indexOf('"specs"') + 20);
    const error = await rejection(parseText(cut));
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ path: 'report.json', ...positionAt(cut, cut.length) });
    expect(String(error)).toMatch(/^report\.json:\d+:\d+: invalid JSON: the document ends early/);
    const other = await rejection(parseText('{"config": {"rootDir": "/w"}}'));
    expect((other as ParseError).message).toMatch(/not a Playwright JSON report/);
  });
});

describe('detecting JSON reports', () => {
  const head = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8').slice(0, 8192);
  const heads: [string, string][] = [
    ['../fixtures/playwright/report.json', 'playwright-json'],
    ['../fixtures/playwright/load-error.json', 'playwright-json'],
    ['../fixtures/rspec/rspec.json', 'rspec-json'],
    ['../fixtures/rspec/load-error.json', 'rspec-json'],
    ['../fixtures/json/vitest.json', 'jest-json'],
    ['../fixtures/mocha/mocha.json', 'mocha-json'],
    ['../fixtures/ctrf/mocha-ctrf.json', 'ctrf'],
    ['../fixtures/ctrf/jest-ctrf.json', 'ctrf'],
  ];

  it('tells each JSON format from the others by its head', () => {
    expect(heads.map(([path]) => [path, detectParser(head(path))?.format])).toEqual(heads);
  });

  it('takes no other JSON for a Playwright report', () => {
    for (const [path, format] of heads)
      if (format !== 'playwright-json') expect(playwrightJsonParser.sniff(head(path)), path).toBe(false);
    const sarif = '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"eslint"}},"results":[]}]}';
    expect(playwrightJsonParser.sniff(sarif)).toBe(false);
    expect(playwrightJsonParser.sniff('{"config": {"compilerOptions": {"strict": true}}}')).toBe(false);
  });
});
